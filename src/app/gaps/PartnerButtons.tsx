import { useState } from 'react';
import { ShowAll } from '../analysis/ShowAll';
import type { GapLabels } from './labels';

/** Partners drawn before "show all": in a large network a finding may name hundreds. */
const FIRST_PARTNERS = 50;

interface Props {
  ids: readonly string[];
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/** Partners named as evidence, each a button that shows that partner on the map. */
export function PartnerButtons({ ids, labels, onShowPartners }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? ids : ids.slice(0, FIRST_PARTNERS);
  return (
    <>
      <ul className="gaps-partners">
        {shown.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => onShowPartners([id])}>
              {labels.partner(id)}
            </button>
          </li>
        ))}
      </ul>
      <ShowAll shown={shown.length} total={ids.length} onShowAll={() => setAll(true)} />
    </>
  );
}
