import type { Table } from '../../core/export/table';
import type { Network } from '../../core/model/types';
import type { FullReport } from '../../core/report/full-report';
import { measureValue, PARTNER_MEASURES } from '../analysis/partner-rows';

type Translate = (key: string) => string;

/** The table's measures but the brokerage roles, which are several numbers, not one. */
const MEASURE_COLUMNS = PARTNER_MEASURES.filter((id) => id !== 'brokerage');

/**
 * The report's lists as spreadsheet tables (partners with every measure, gaps, doubled
 * structures), headed in the UI language, numbers as numbers.
 */
export function reportTables(
  network: Network,
  report: FullReport,
  t: Translate,
  language: 'de' | 'en',
): Table[] {
  const name = new Map(network.partners.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => name.get(id) ?? id;
  const locale = language === 'de' ? ({ locale: 'de-DE' } as const) : {};
  return [
    {
      name: t('export.sheets.measures'),
      ...locale,
      headers: [
        'ID',
        t('table.name'),
        t('table.sector'),
        ...MEASURE_COLUMNS.map((key) => t(`analysis.measures.${key}.label`)),
      ],
      rows: report.partners.map((p) => [
        p.id,
        p.name,
        p.sector,
        ...MEASURE_COLUMNS.map((id) => {
          const value = measureValue(p, id);
          return typeof value === 'boolean' ? Number(value) : value;
        }),
      ]),
    },
    {
      name: t('export.sheets.gaps'),
      headers: [t('export.columns.type'), t('export.columns.sector'), t('export.columns.basis')],
      rows: report.gaps.missingTypes.map((gap) => [
        gap.typeLabel[language],
        gap.sectorLabel[language],
        t(`gaps.basis.${gap.basis}`),
      ]),
    },
    {
      name: t('export.sheets.duplicates'),
      ...locale,
      headers: [t('export.columns.first'), t('export.columns.second'), t('export.columns.score')],
      rows: report.doubles.partners.map((pair) => [
        nameOf(pair.ids[0]),
        nameOf(pair.ids[1]),
        pair.score,
      ]),
    },
    {
      name: t('export.sheets.offers'),
      headers: [
        t('export.columns.offer'),
        t('export.columns.area'),
        t('export.columns.targetGroup'),
        t('export.columns.providers'),
      ],
      rows: report.doubles.offers.map((o) => [
        o.offer,
        o.area,
        o.targetGroup,
        o.partners.map(nameOf).join(', '),
      ]),
    },
    {
      name: t('export.sheets.committees'),
      ...locale,
      headers: [
        t('export.columns.committeeA'),
        t('export.columns.committeeB'),
        t('export.columns.overlap'),
        t('export.columns.shared'),
      ],
      rows: report.doubles.committees.map((c) => [
        c.a,
        c.b,
        c.jaccard,
        c.shared.map(nameOf).join(', '),
      ]),
    },
  ];
}
