import type { GapLabels } from './labels';

interface Props {
  ids: readonly string[];
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/** Partners named as evidence, each a button that shows that partner on the map. */
export function PartnerButtons({ ids, labels, onShowPartners }: Props) {
  return (
    <ul className="gaps-partners">
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="link" onClick={() => onShowPartners([id])}>
            {labels.partner(id)}
          </button>
        </li>
      ))}
    </ul>
  );
}
