import type { Catalogue } from '../../core/catalogue/types';
import { ComparePanel } from './ComparePanel';

interface Props {
  catalogue: Catalogue;
  onShowOnMap: () => void;
}

/** The comparison of Stände as a view of its own: room for the full tables and lists. */
export function CompareView({ catalogue, onShowOnMap }: Props) {
  return (
    <div className="view-pane compare-view">
      <ComparePanel catalogue={catalogue} onShowOnMap={onShowOnMap} />
    </div>
  );
}
