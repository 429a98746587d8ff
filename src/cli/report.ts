import { readFile, writeFile } from 'node:fs/promises';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportPage } from '../app/report/ReportPage';
import type { ReportComparison } from '../app/report/types';
import { sectorLabelIn, sectorNamesIn } from '../core/appearance/sector-name';
import { defaultCatalogue } from '../core/catalogue/default-catalogue';
import { matchPartners } from '../core/compare';
import type { Network } from '../core/model/types';
import { keyFigures } from '../core/report/key-figures';
import type { NetworkReport } from '../core/report/report';
import type { FullReport } from '../core/report/full-report';
import type { SurveyReport } from '../core/survey';
import { cliTranslator } from './i18n';
import type { CliLanguage } from './messages';
import { drawReportMap } from './report-map';

export interface ReportOptions {
  language: CliLanguage;
  title: string | undefined;
  networkName: string;
  /** ISO date; today when not given. */
  date: string | undefined;
  previous: string | undefined;
  previousDate: string | undefined;
  /** The Netzwerkbefragung's section (`--survey DIR`); absent, the report has none. */
  survey?: SurveyReport;
}

/** A previous `analyse` file that does not look like one. */
export class UnusablePrevious extends Error {}

/**
 * Renders the Netzwerkbericht as one self-contained HTML file: the same React document the app
 * shows, the map drawn from a deterministic layout and embedded as an image.
 */
export async function renderReport(
  report: FullReport,
  network: Parameters<typeof drawReportMap>[0],
  options: ReportOptions,
): Promise<string> {
  const t = cliTranslator(options.language);
  const title = options.title ?? t('report.title');
  const comparison =
    options.previous === undefined
      ? undefined
      : await readPrevious(options.previous, options.previousDate, network);
  const catalogue = defaultCatalogue();
  const sectorName = (sector: string) => sectorLabelIn(sector, options.language, catalogue);
  const sectorNames = sectorNamesIn(network.partners, options.language, catalogue);
  const page = createElement(ReportPage, {
    t,
    title,
    networkName: options.networkName,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    language: options.language,
    catalogue: report.catalogue,
    report,
    gaps: report.gaps,
    keyPointLosses: report.keyPointLosses,
    doubles: report.doubles,
    mapSvg: drawReportMap(network, options.networkName, t('report.sectors.noSector'), sectorName),
    sectorNames,
    ...(comparison === undefined ? {} : { comparison }),
    ...(options.survey === undefined ? {} : { survey: options.survey }),
  });
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`;
}

export async function writeReport(path: string, html: string): Promise<void> {
  await writeFile(path, html, 'utf8');
}

/**
 * The key figures of an earlier `analyse` JSON file, to set beside today's, and who came and went
 * since (its partners matched with today's by ID, then by name).
 */
async function readPrevious(
  path: string,
  date: string | undefined,
  current: Network,
): Promise<ReportComparison> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UnusablePrevious(
      `${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!looksLikeReport(data))
    throw new UnusablePrevious(`${path}: not a report written by "analyse"`);
  const { added, gone } = matchPartners(data.partners, current.partners);
  return {
    ...(date === undefined ? {} : { date }),
    figures: keyFigures(data),
    partners: { added, gone },
  };
}

function looksLikeReport(data: unknown): data is NetworkReport {
  if (typeof data !== 'object' || data === null) return false;
  const report = data as Partial<NetworkReport>;
  return (
    typeof report.network?.partners === 'number' &&
    typeof report.network.cooperations === 'number' &&
    Array.isArray(report.network.isolates) &&
    Array.isArray(report.partners) &&
    report.partners.every((p) => typeof p?.id === 'string' && typeof p.name === 'string') &&
    Array.isArray(report.bridges) &&
    typeof report.sectors?.communities?.count === 'number'
  );
}
