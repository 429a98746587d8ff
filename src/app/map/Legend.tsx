import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Network } from '../../core/model/types';
import { MAP_MEASURES } from '../analysis/measures';
import { communityColor } from './appearance';
import { sectorColor, sectorsInOrder } from '../../core/appearance/sector-colors';
import type { MapStyle } from '../store/state';

interface Props {
  /** From `legendEntries`, worked out once per network, analysis and style. */
  entries: Entry[];
  analysis: NetworkAnalysis | null;
  style: MapStyle;
}

export interface Entry {
  key: string;
  label: string;
  color: string;
  count: number;
}

function countBy<T>(items: T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The colours of the map and what they mean: sectors, or groups when coloured by community. */
export function legendEntries(
  network: Network,
  analysis: NetworkAnalysis | null,
  style: MapStyle,
  t: (key: string, options?: Record<string, unknown>) => string,
  sectorName: (sector: string) => string = (sector) => sector,
): Entry[] {
  const byCommunity = style.colorBy === 'community' && analysis !== null;
  let entries: Entry[];
  if (byCommunity) {
    const counts = countBy(analysis.partners, (p) => p.community);
    entries = [...counts.keys()]
      .map(Number)
      .sort((a, b) => a - b)
      .map((community) => ({
        key: String(community),
        label: t('mapStyle.community', { number: community + 1 }),
        color: communityColor(community),
        count: counts.get(community) ?? 0,
      }));
  } else {
    const counts = countBy(network.partners, (p) => p.sector);
    entries = sectorsInOrder(network.partners.map((p) => p.sector)).map((sector) => ({
      key: sector,
      label: sector === '' ? t('map.noSector') : sectorName(sector),
      color: sectorColor(sector),
      count: counts.get(sector) ?? 0,
    }));
  }
  return entries;
}

/** What the colours and sizes of the map mean, with the number of partners per colour. */
export function Legend({ entries, analysis, style }: Props) {
  const { t } = useTranslation();
  const byCommunity = style.colorBy === 'community' && analysis !== null;
  const title = byCommunity ? t('mapStyle.byCommunity') : t('map.legend');
  return (
    <section className="legend" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
            {entry.label} ({entry.count})
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('map.sizeNote', {
          measure: t(
            MAP_MEASURES.find((m) => m.id === style.sizeBy)?.labelKey ?? 'mapStyle.sizeBy',
          ),
        })}
      </p>
      {style.keyPoints && <p className="muted">{t('mapStyle.keyPointsNote')}</p>}
    </section>
  );
}
