import { lazy } from 'react';

/**
 * The views beside the map and the table load after the first picture: they are not needed to show
 * the network, and the first load stays small. `preloadViews` fetches them right after start, so a
 * tab opens at once and the app keeps working offline once it has loaded.
 */
const loadAnalysis = () => import('./analysis/AnalysisView');
const loadGaps = () => import('./gaps/GapsView');
const loadDoubles = () => import('./doubles/DoublesView');
const loadMatrix = () => import('./matrix/MatrixView');
const loadCompare = () => import('./compare/CompareView');
const loadSurvey = () => import('./survey/SurveyView');
const loadReport = () => import('./report/ReportView');

export const AnalysisView = lazy(() => loadAnalysis().then((m) => ({ default: m.AnalysisView })));
export const GapsView = lazy(() => loadGaps().then((m) => ({ default: m.GapsView })));
export const DoublesView = lazy(() => loadDoubles().then((m) => ({ default: m.DoublesView })));
export const MatrixView = lazy(() => loadMatrix().then((m) => ({ default: m.MatrixView })));
export const CompareView = lazy(() => loadCompare().then((m) => ({ default: m.CompareView })));
export const SurveyView = lazy(() => loadSurvey().then((m) => ({ default: m.SurveyView })));
export const ReportView = lazy(() => loadReport().then((m) => ({ default: m.ReportView })));

export function preloadViews(): void {
  for (const load of [
    loadAnalysis,
    loadGaps,
    loadDoubles,
    loadMatrix,
    loadCompare,
    loadSurvey,
    loadReport,
  ])
    void load();
}
