import { useTranslation } from 'react-i18next';
import { sectorColor } from '../../core/appearance/sector-colors';
import type { PartnerRow } from './partner-rows';
import { useSectorName } from '../text/use-sector-name';

function Swatch({ sector }: { sector: string }) {
  return <span className="swatch" style={{ background: sectorColor(sector) }} aria-hidden="true" />;
}

/** A sector's name with its map colour; "no sector" for partners without one. */
export function SectorName({ sector }: { sector: string }) {
  const { t } = useTranslation();
  const sectorName = useSectorName();
  return (
    <>
      <Swatch sector={sector} />
      {sector === '' ? t('analysis.noSector') : sectorName(sector)}
    </>
  );
}

interface PartnerNameProps {
  id: string;
  name: string;
  sector: string;
  onSelect: (id: string) => void;
}

/** A partner's name as a button that selects the partner, with its sector's colour. */
export function PartnerName({ id, name, sector, onSelect }: PartnerNameProps) {
  return (
    <button type="button" className="link" onClick={() => onSelect(id)}>
      <Swatch sector={sector} />
      {name}
    </button>
  );
}

/** The row heading of a table of partners: the partner's selectable name. */
export function PartnerRowHeader({
  row,
  onSelect,
}: {
  row: PartnerRow;
  onSelect: (id: string) => void;
}) {
  return (
    <th scope="row">
      <PartnerName id={row.id} name={row.name} sector={row.sector} onSelect={onSelect} />
    </th>
  );
}
