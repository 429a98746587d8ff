import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import { sectorColor, sectorsInOrder } from '../sectors/colors';

interface Props {
  network: Network;
}

/** Sector colours of the map, with the number of partners in each sector. */
export function Legend({ network }: Props) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const p of network.partners) counts.set(p.sector, (counts.get(p.sector) ?? 0) + 1);
  return (
    <section className="legend" aria-label={t('map.legend')}>
      <h2>{t('map.legend')}</h2>
      <ul>
        {sectorsInOrder(counts.keys()).map((sector) => (
          <li key={sector}>
            <span className="swatch" style={{ background: sectorColor(sector) }} aria-hidden="true" />
            {sector === '' ? t('map.noSector') : sector} ({counts.get(sector)})
          </li>
        ))}
      </ul>
      <p className="muted">{t('map.sizeNote')}</p>
    </section>
  );
}
