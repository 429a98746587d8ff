import { useTranslation } from 'react-i18next';
import { Pager, usePages } from '../components/Pager';
import type { GapLabels } from './labels';

/** Partners on a page: in a large network a finding may name thousands. */
const PARTNERS_PER_PAGE = 50;

interface Props {
  ids: readonly string[];
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/** Partners named as evidence, each a button that shows that partner on the map. */
export function PartnerButtons({ ids, labels, onShowPartners }: Props) {
  const { t } = useTranslation();
  const pages = usePages(ids, PARTNERS_PER_PAGE);
  return (
    <>
      <Pager pages={pages} name={t('gaps.partnersNamed')} kind="list" />
      <ul className="gaps-partners">
        {pages.shown.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => onShowPartners([id])}>
              {labels.partner(id)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
