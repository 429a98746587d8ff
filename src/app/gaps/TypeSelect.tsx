import { useTranslation } from 'react-i18next';
import type { TypeMatch } from '../../core/catalogue/match-partner-type';
import type { Catalogue } from '../../core/catalogue/types';
import type { GapLabels } from './labels';

interface Props {
  match: TypeMatch;
  catalogue: Catalogue;
  labels: GapLabels;
  onCorrectType: (partnerId: string, typeId: string | null) => void;
}

/**
 * Choose a partner's type from the catalogue, grouped by sector. The empty choice hands the
 * partner back to the automatic match (a correction of null).
 */
export function TypeSelect({ match, catalogue, labels, onCorrectType }: Props) {
  const { t } = useTranslation();
  const partner = labels.partner(match.partnerId);
  return (
    <select
      aria-label={t('gaps.review.select', { partner })}
      value={match.typeId ?? ''}
      onChange={(event) =>
        onCorrectType(match.partnerId, event.target.value === '' ? null : event.target.value)
      }
    >
      <option value="">{t('gaps.review.automatic')}</option>
      {catalogue.sectors.map((sector) => (
        <optgroup key={sector.id} label={labels.sector(sector.id)}>
          {sector.types.map((type) => (
            <option key={type.id} value={type.id}>
              {labels.type(type.id)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
