import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Network } from '../../core/model/types';
import { AnalysisSection } from './AnalysisSection';
import { MeasureLegend } from './MeasureLegend';
import { PartnerRowHeader, SectorName } from './Names';
import { measureText } from './measures';
import {
  measureValue,
  partnerMeasures,
  partnerRows,
  sortPartnerRows,
  type SortKey,
} from './partner-rows';
import { useMeasureFormat } from './use-measure-format';
import { ScrollRegion } from '../components/ScrollRegion';
import { Pager, usePages } from '../components/Pager';

interface Props {
  network: Network;
  analysis: NetworkAnalysis;
  onSelect: (id: string) => void;
  /** Rows on a page (a table of thousands of rows drawn at once blocks the page). */
  pageSize?: number;
}

/** The registry's partner measures, one column each. */
const COLUMNS = partnerMeasures();

/** Every partner with every partner measure, sortable by each column. */
export function PartnerMeasuresTable({ network, analysis, onSelect, pageSize }: Props) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'name',
    descending: false,
  });
  const rows = useMemo(
    () => sortPartnerRows(partnerRows(network, analysis), sort.key, sort.descending),
    [network, analysis, sort],
  );
  const pages = usePages(rows, pageSize);

  const header = (key: SortKey, label: string, help?: string) => {
    const active = sort.key === key;
    const textual = key === 'name' || key === 'sector';
    return (
      <th
        key={key}
        scope="col"
        className={textual ? undefined : 'num'}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="sort"
          aria-label={t('analysis.table.sortBy', { column: label })}
          onClick={() => {
            setSort({ key, descending: active ? !sort.descending : !textual });
            pages.setPage(0);
          }}
        >
          {help === undefined ? label : <abbr title={help}>{label}</abbr>}
          {active && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
        </button>
      </th>
    );
  };

  return (
    <AnalysisSection title={t('analysis.sections.partners')}>
      <Pager pages={pages} name={t('analysis.sections.partners')} />
      <ScrollRegion name={t('analysis.sections.partners')}>
        <table className="analysis-table analysis-partners">
          <caption>{t('analysis.table.caption')}</caption>
          <thead>
            <tr>
              {header('name', t('analysis.table.name'))}
              {header('sector', t('analysis.table.sector'))}
              {COLUMNS.map((measure) =>
                header(
                  measure.id,
                  t(measureText(measure, 'label')),
                  t(measureText(measure, 'help')),
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {pages.shown.map((row) => (
              <tr key={row.id}>
                <PartnerRowHeader row={row} onSelect={onSelect} />
                <td>
                  <SectorName sector={row.sector} />
                </td>
                {COLUMNS.map((measure) => (
                  <td key={measure.id} className="num">
                    {format(measureValue(row.figures, measure.id), measure.digits)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <MeasureLegend />
    </AnalysisSection>
  );
}
