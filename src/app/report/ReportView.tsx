import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Catalogue } from '../../core/catalogue/types';
import { compareWithReference } from '../../core/reference/compare-with-reference';
import type { ReferenceFigures } from '../../core/reference/types';
import type { FullReport } from '../../core/report/full-report';
import type { PreviousStand } from '../../core/report/key-findings';
import { useStands } from '../compare/stand-store';
import type { Membership, Network, Offer } from '../../core/model/types';
import type { Entry } from '../map/Legend';
import type { ReportMap } from '../../core/export/report-map';
import { ExportPanel } from '../export/ExportPanel';
import { useMapPicture } from '../export/use-map-picture';
import { sectorColor } from '../../core/appearance/sector-colors';
import { runInWorker } from '../worker/client';
import type { SurveyReport } from '../../core/survey';
import { useSurvey } from '../survey/survey-store';
import { runSurvey } from '../survey/survey-worker';
import { ReportDocument } from './ReportDocument';
import { sectorNamesIn } from '../../core/appearance/sector-name';
import { ReportStyle } from './ReportPage';
import type { ReportLanguage } from './types';

interface Props {
  network: Network;
  offers: Offer[];
  memberships: Membership[];
  overlapThreshold: number;
  networkName: string;
  fileName: string;
  positions: Map<string, { x: number; y: number }>;
  legend: Entry[];
  catalogue: Catalogue;
  /** The reference figures in use, set beside the gaps. */
  reference: ReferenceFigures;
  analysis: NetworkAnalysis | null;
}

/**
 * The Netzwerkbericht in the app: computed in the worker, shown as the same document the CLI
 * writes, printable to PDF with the browser ("Drucken" → "Als PDF speichern"), plus every export.
 */
export function ReportView({
  catalogue,
  reference,
  analysis,
  network,
  offers,
  memberships,
  overlapThreshold,
  networkName,
  fileName,
  positions,
  legend,
}: Props) {
  const { t, i18n } = useTranslation();
  const [computed, setComputed] = useState<{
    report: FullReport;
    previous: PreviousStand | null;
  } | null>(null);
  const stands = useStands();
  const lastStand = stands.at(-1) ?? null;
  const sectorNames = useMemo(
    () => sectorNamesIn(network.partners, i18n.language, catalogue),
    [network, i18n.language, catalogue],
  );
  const [failure, setFailure] = useState<string | null>(null);
  // The Netzwerkbefragung's section, merged and scored in the worker as the Befragung view does:
  // only a round with answers taken over has one (null), undefined while it is being made.
  const kept = useSurvey();
  const surveyRound = kept !== null && kept.responses.length > 0 ? kept : null;
  const [survey, setSurvey] = useState<SurveyReport | null | undefined>(undefined);
  useEffect(() => {
    if (surveyRound === null) {
      setSurvey(null);
      return;
    }
    setSurvey(undefined);
    const task = runSurvey({
      job: 'report',
      round: surveyRound.round,
      responses: surveyRound.responses,
      options: surveyRound.options,
      partners: network.partners,
    });
    task.result.then(setSurvey, (error: unknown) => {
      if (error instanceof Error && error.name === 'TaskCancelled') return;
      setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => task.cancel();
  }, [surveyRound, network.partners]);

  useEffect(() => {
    setComputed(null);
    const task = runInWorker({
      task: 'report',
      network,
      offers,
      memberships,
      overlapThreshold,
      catalogue,
      previous: lastStand?.network ?? null,
      // The analysis the app has made already is not made again (10,000 partners: seconds).
      analysis,
    });
    task.result.then(setComputed, (error: unknown) => {
      if (error instanceof Error && error.name === 'TaskCancelled') return;
      setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => task.cancel();
  }, [network, offers, memberships, overlapThreshold, catalogue, lastStand, analysis]);
  const report = computed?.report ?? null;
  const comparison = useMemo(
    () => (report ? compareWithReference(reference, catalogue, report.gaps.missingTypes) : null),
    [report, reference, catalogue],
  );

  const reportMap = useMemo<ReportMap | null>(
    () =>
      positions.size === 0
        ? null
        : {
            network,
            positions,
            sectorColors: new Map(network.partners.map((p) => [p.sector, sectorColor(p.sector)])),
            title: networkName,
            legend: legend.map((entry) => ({ label: entry.label, color: entry.color })),
          },
    [network, positions, networkName, legend],
  );
  const mapImage = useMapPicture(reportMap, setFailure);

  const language: ReportLanguage = i18n.language === 'en' ? 'en' : 'de';
  return (
    <div className="view-pane report-view">
      <div className="report-actions no-print">
        <button
          type="button"
          className="primary"
          onClick={() => window.print()}
          disabled={!report || mapImage === 'drawing' || survey === undefined}
        >
          {t('export.print')}
        </button>
        <p className="muted">{t('export.printHint')}</p>
        <ExportPanel
          network={network}
          offers={offers}
          memberships={memberships}
          report={report}
          fileName={fileName}
          positions={positions}
          analysis={analysis}
        />
      </div>
      {failure && (
        <p role="alert" className="error">
          {t('errors.unexpected', { message: failure })}
        </p>
      )}
      {!report && !failure && <p role="status">{t('export.computing')}</p>}
      {report && (
        <>
          <ReportStyle />
          <ReportDocument
            t={t}
            title={t('report.title')}
            networkName={networkName}
            date={new Date().toISOString().slice(0, 10)}
            language={language}
            catalogue={report.catalogue}
            report={report}
            gaps={report.gaps}
            {...(comparison === null ? {} : { reference: comparison })}
            keyPointLosses={report.keyPointLosses}
            doubles={report.doubles}
            sectorNames={sectorNames}
            {...(mapImage === undefined ? {} : { mapImage })}
            {...(survey ? { survey } : {})}
            {...(computed?.previous && lastStand
              ? { comparison: { ...computed.previous, date: lastStand.taken.slice(0, 10) } }
              : {})}
          />
        </>
      )}
    </div>
  );
}
