import type { SectorBlock } from '../../core/analysis/block-density';
import { findMeasure } from '../../core/analysis/registry';
import { ReportSection } from './ReportSection';
import { reportSectorName, type SectionProps } from './types';

/** Decimals of the block density and the E-I index, as the analysis registers them. */
const DENSITY_DIGITS = findMeasure('density')?.digits ?? 3;
const EI_DIGITS = findMeasure('eiIndex')?.digits ?? 3;

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
                <span className="turned">{sectorName(sector)}</span>
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
                          density: format.number(block.density, DENSITY_DIGITS),
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
                {ei === null ? t('report.sectors.noTies') : format.number(ei, EI_DIGITS)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
