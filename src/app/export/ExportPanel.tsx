import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkToCsv, tableToCsv } from '../../core/export/csv';
import { networkToGraphml } from '../../core/export/graphml';
import { networkToJson } from '../../core/export/json';
import { networkTables } from '../../core/export/networkTables';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { MapDecoration } from '../../core/export/mapDecoration';
import type { Network } from '../../core/model/types';
import { MAP_MEASURES, measureValues } from '../analysis/measures';
import { sectorColor } from '../sectors/colors';
import type { FullReport } from '../../core/report/full-report';
import { downloadFile } from './download';
import { reportTables } from './report-tables';

interface Props {
  network: Network;
  /** The computed report; the tables of measures, gaps and doubles need it. */
  report: FullReport | null;
  fileName: string;
  /** Where the map last placed each partner: GEXF and GraphML carry the layout to Gephi. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  analysis: NetworkAnalysis | null;
}

const CSV = 'text/csv;charset=utf-8';

const loadXlsxWriter = () => import('../../core/export/xlsx');
/** The GEXF writer brings an XML library along: on demand too. */
const loadGexfWriter = () => import('../../core/export/gexf');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Every export as a download: CSV for German Excel (`;`, UTF-8 with BOM, formula cells
 * neutralised), one XLSX workbook, GEXF for Gephi, GraphML and JSON. Nothing leaves the browser.
 */
export function ExportPanel({ network, report, fileName, positions, analysis }: Props) {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'de';
  // The map's picture for Gephi: positions, sector colours and every measure as node attributes.
  const decoration = useMemo<MapDecoration>(
    () => ({
      positions,
      sectorColors: new Map(network.partners.map((p) => [p.sector, sectorColor(p.sector)])),
      ...(analysis
        ? { measures: new Map(MAP_MEASURES.map((m) => [m.id, measureValues(analysis, m.id)])) }
        : {}),
    }),
    [network, positions, analysis],
  );

  // The XLSX writer stays out of the first load, but is fetched as soon as this panel shows, so a
  // click saves the file at once (a download that comes long after the click may be refused).
  useEffect(() => {
    void loadXlsxWriter();
    void loadGexfWriter();
  }, []);

  const gexf = async () => {
    try {
      const { networkToGexf } = await loadGexfWriter();
      downloadFile(`${fileName}.gexf`, networkToGexf(network, decoration), 'application/xml');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const workbook = async () => {
    try {
      const { tablesToXlsx } = await loadXlsxWriter();
      const tables = networkTables(network);
      const extra = report ? reportTables(network, report, t, language) : [];
      downloadFile(
        `${fileName}.xlsx`,
        await tablesToXlsx([tables.partners, tables.cooperations, ...extra]),
        XLSX,
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const reportCsv = (index: number, suffix: string) => {
    if (!report) return;
    const table = reportTables(network, report, t, language)[index];
    if (table) downloadFile(`${fileName}-${suffix}.csv`, tableToCsv(table), CSV);
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <div className="export-group">
        <button
          type="button"
          onClick={() =>
            downloadFile(`${fileName}-partner.csv`, networkToCsv(network).partners, CSV)
          }
        >
          {t('export.partnersCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(`${fileName}-kooperationen.csv`, networkToCsv(network).cooperations, CSV)
          }
        >
          {t('export.cooperationsCsv')}
        </button>
        <button type="button" disabled={!report} onClick={() => reportCsv(0, 'masse')}>
          {t('export.measuresCsv')}
        </button>
        <button type="button" disabled={!report} onClick={() => reportCsv(1, 'luecken')}>
          {t('export.gapsCsv')}
        </button>
        <button type="button" disabled={!report} onClick={() => reportCsv(2, 'doppelte-partner')}>
          {t('export.duplicatesCsv')}
        </button>
        <button type="button" onClick={() => void workbook()}>
          {t('export.xlsx')}
        </button>
      </div>
      <div className="export-group">
        <button type="button" onClick={() => void gexf()}>
          {t('export.gexf')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(
              `${fileName}.graphml`,
              networkToGraphml(network, decoration),
              'application/xml',
            )
          }
        >
          {t('export.graphml')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(`${fileName}.json`, networkToJson(network), 'application/json')
          }
        >
          {t('export.json')}
        </button>
      </div>
      <p className="muted">{t('export.note')}</p>
      {failure && (
        <p role="alert" className="error">
          {t('errors.unexpected', { message: failure })}
        </p>
      )}
    </section>
  );
}
