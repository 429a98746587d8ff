import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../core/catalogue/types';

/** Which reference catalogue the network was compared with, so a reader can check the yardstick. */
export function CatalogueNote({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  return (
    <p className="gaps-catalogue">
      {t('gaps.catalogue.used', { name: catalogue.id, version: catalogue.version })}{' '}
      {t('gaps.catalogue.source', { source: catalogue.source })}
    </p>
  );
}
