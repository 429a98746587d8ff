import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tableToCsv } from '../../core/export/csv';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { MapDecoration } from '../../core/export/map-decoration';
import type { Membership, Network, Offer } from '../../core/model/types';
import { MAP_MEASURES, measureValues } from '../analysis/measures';
import { sectorColor } from '../../core/appearance/sector-colors';
import type { FullReport } from '../../core/report/full-report';
import type { FileTask } from '../../worker/protocol';
import { runInWorker, TaskCancelled, type RunningTask } from '../worker/client';
import { ShareFile } from '../share/ShareFile';
import { downloadFile } from './download';
import { reportTables } from './report-tables';

interface Props {
  network: Network;
  /** The offers table (Angebote) and the working-group memberships (Gremien) beside the network. */
  offers: readonly Offer[];
  memberships: readonly Membership[];
  /** The computed report; the tables of measures, gaps and doubles need it. */
  report: FullReport | null;
  /** The start of every file's name: the network's name and the day (see exportFileBase). */
  fileName: string;
  /** Where the map last placed each partner: GEXF and GraphML carry the layout to Gephi. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  analysis: NetworkAnalysis | null;
}

const CSV = 'text/csv;charset=utf-8';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XML = 'application/xml';

/**
 * Every export as a download: CSV for German Excel (`;`, UTF-8 with BOM, formula cells
 * neutralised) — partners, cooperations, offers and memberships with the headers the import reads,
 * so that they can be imported again —, one XLSX workbook with all of them and the report's
 * tables, GEXF for Gephi, GraphML and JSON. Nothing leaves the browser.
 * The network's files are written in the export worker, with a note and a way to stop while they
 * are made; the report's tables are small and saved at once.
 */
export function ExportPanel({
  network,
  offers,
  memberships,
  report,
  fileName,
  positions,
  analysis,
}: Props) {
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

  // The file being written in the worker: its name for the note, and the task to stop.
  const [making, setMaking] = useState<string | null>(null);
  const running = useRef<RunningTask<unknown> | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const write = (task: FileTask, name: string, type: string) => {
    setFailure(null);
    setMaking(name);
    const work = runInWorker(task);
    running.current = work;
    work.result
      .then(
        (content) => downloadFile(name, content, type),
        (error: unknown) => {
          if (!(error instanceof TaskCancelled))
            setFailure(error instanceof Error ? error.message : String(error));
        },
      )
      .finally(() => {
        if (running.current !== work) return;
        running.current = null;
        setMaking(null);
      });
  };

  const workbook = () =>
    write(
      {
        task: 'export',
        format: 'xlsx',
        network,
        offers,
        memberships,
        tables: report ? reportTables(network, report, t, language) : [],
      },
      `${fileName}.xlsx`,
      XLSX,
    );
  const graphFile = (format: 'gexf' | 'graphml') =>
    write({ task: 'export', format, network, decoration }, `${fileName}.${format}`, XML);
  const networkFile = (
    format: 'partners-csv' | 'cooperations-csv' | 'json',
    name: string,
    type: string,
  ) => write({ task: 'export', format, network }, name, type);
  const busy = making !== null;

  const reportCsv = (index: number, suffix: string) => {
    if (!report) return;
    const table = reportTables(network, report, t, language)[index];
    if (table) downloadFile(`${fileName} ${suffix}.csv`, tableToCsv(table), CSV);
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <div className="export-group">
        <button
          type="button"
          disabled={busy}
          onClick={() => networkFile('partners-csv', `${fileName} Partner.csv`, CSV)}
        >
          {t('export.partnersCsv')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => networkFile('cooperations-csv', `${fileName} Kooperationen.csv`, CSV)}
        >
          {t('export.cooperationsCsv')}
        </button>
        <button
          type="button"
          disabled={busy || offers.length === 0}
          onClick={() =>
            write({ task: 'export', format: 'offers-csv', offers }, `${fileName} Angebote.csv`, CSV)
          }
        >
          {t('export.offersCsv')}
        </button>
        <button
          type="button"
          disabled={busy || memberships.length === 0}
          onClick={() =>
            write(
              { task: 'export', format: 'memberships-csv', memberships },
              `${fileName} Gremien.csv`,
              CSV,
            )
          }
        >
          {t('export.membershipsCsv')}
        </button>
        <button type="button" disabled={!report} onClick={() => reportCsv(0, 'Maße')}>
          {t('export.measuresCsv')}
        </button>
        <button type="button" disabled={!report} onClick={() => reportCsv(1, 'Lücken')}>
          {t('export.gapsCsv')}
        </button>
        <button type="button" disabled={!report} onClick={() => reportCsv(2, 'Doppelte Partner')}>
          {t('export.duplicatesCsv')}
        </button>
        <button type="button" disabled={busy} onClick={workbook}>
          {t('export.xlsx')}
        </button>
      </div>
      <div className="export-group">
        <button type="button" disabled={busy} onClick={() => graphFile('gexf')}>
          {t('export.gexf')}
        </button>
        <button type="button" disabled={busy} onClick={() => graphFile('graphml')}>
          {t('export.graphml')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => networkFile('json', `${fileName}.json`, 'application/json')}
        >
          {t('export.json')}
        </button>
      </div>
      <div className="export-group">
        <ShareFile
          network={network}
          positions={positions}
          report={report}
          fileName={fileName}
          disabled={busy}
          write={write}
        />
      </div>
      {making !== null && (
        <p role="status" className="export-making">
          {t('export.making', { file: making })}{' '}
          <button type="button" onClick={() => running.current?.cancel()}>
            {t('export.stop')}
          </button>
        </p>
      )}
      <p className="muted">{t('export.note')}</p>
      {failure && (
        <p role="alert" className="error">
          {t('errors.unexpected', { message: failure })}
        </p>
      )}
    </section>
  );
}
