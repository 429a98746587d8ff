import type { SectorBlock } from '../../core/analysis/block-density';
import { ReportSection } from './ReportSection';
import { reportSectorName, type SectionProps } from './types';

/** The sectors in the order the block matrix lists them (first appearance). */
function sectorsOf(blocks: readonly SectorBlock[]): string[] {
  return [...new Set(blocks.flatMap((block) => [block.a, block.b]))];
}

export function SectorMatrixSection({ data, t, format }: SectionProps) {
  const { blockDensity, eiBySector } = data.report.sectors;
  const sectors = sectorsOf(blockDensity);
  const cell = new Map(
    blockDensity.flatMap((block) => [
      [`${block.a}\u0000${block.b}`, block],
      [`${block.b}\u0000${block.a}`, block],
    ]),
  );
  const sectorName = (sector: string) =>
    reportSectorName(data, sector, t('report.sectors.noSector'));
  return (
    <ReportSection id="sectors" heading={t('report.sections.sectors')}>
      <p>{t('report.sectors.intro')}</p>
      <table className="matrix">
        <caption>{t('report.sectors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.sectors.corner')}</th>
            {sectors.map((sector) => (
              <th scope="col" key={sector}>
                {sectorName(sector)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sectors.map((row) => (
            <tr key={row}>
              <th scope="row">{sectorName(row)}</th>
              {sectors.map((column) => {
                const block = cell.get(`${row}\u0000${column}`);
                return (
                  <td className="number" key={column}>
                    {block === undefined
                      ? t('report.none')
                      : t('report.sectors.cell', {
                          density: format.number(block.density, 2),
                          ties: format.number(block.ties),
                        })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('report.sectors.eiCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.sectors.sector')}</th>
            <th scope="col" className="number">
              {t('report.sectors.ei')}
            </th>
          </tr>
        </thead>
        <tbody>
          {eiBySector.map(({ sector, ei }) => (
            <tr key={sector}>
              <th scope="row">{sectorName(sector)}</th>
              <td className="number">
                {ei === null ? t('report.sectors.noTies') : format.number(ei, 2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
