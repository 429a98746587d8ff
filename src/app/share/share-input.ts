import type { TFunction } from 'i18next';
import { sectorNamesIn } from '../../core/appearance/sector-name';
import type { Catalogue } from '../../core/catalogue/types';
import type { Network } from '../../core/model/types';
import { KEY_FIGURES, type KeyFigures } from '../../core/report/key-figures';
import type { ShareInput, ShareTexts } from '../../core/share/types';
import { reportFormat } from '../report/format';
import { formatFigure } from '../report/KeyFiguresSection';
import type { ReportLanguage } from '../report/types';

export interface ShareRequest {
  network: Network;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  pseudonymised: boolean;
  networkName: string;
  /** The key figures, as the report has them. */
  figures: KeyFigures;
  catalogue: Pick<Catalogue, 'sectors'> | null;
  language: ReportLanguage;
  /** The day the file is made, YYYY-MM-DD. */
  today: string;
}

/**
 * Everything the core's `writeShareFile` needs, in the reader's words: the texts of the file,
 * the key figures written as the report writes them (same digits, true minus) with their
 * explanations, the sectors by their names in the reader's language. The app and the command
 * line make their share files from here, so both say the same.
 */
export function shareInput(t: TFunction, request: ShareRequest): ShareInput {
  const { language, networkName, figures } = request;
  const format = reportFormat(language, t('report.none'));
  const date = format.date(request.today);
  return {
    network: request.network,
    positions: request.positions,
    pseudonymised: request.pseudonymised,
    language,
    networkName,
    sectorNames: sectorNamesIn(request.network.partners, language, request.catalogue),
    figures: KEY_FIGURES.map((key) => ({
      key,
      label: t(`report.figures.${key}.label`),
      value: formatFigure(format, figures, key),
      help: t(`report.figures.${key}.help`),
    })),
    texts: shareTexts(t, networkName, date),
  };
}

function shareTexts(t: TFunction, name: string, date: string): ShareTexts {
  const file = (key: string, values?: Record<string, string>) => t(`share.file.${key}`, values);
  return {
    documentTitle: file('documentTitle', { name }),
    stand: file('stand', { date }),
    pseudonymisedNote: file('pseudonymisedNote'),
    search: file('search'),
    searchHint: file('searchHint'),
    foundMany: file('foundMany'),
    foundOne: file('foundOne'),
    foundNone: file('foundNone'),
    selected: file('selected'),
    map: file('map'),
    mapHint: file('mapHint'),
    zoomIn: file('zoomIn'),
    zoomOut: file('zoomOut'),
    zoomAll: file('zoomAll'),
    sectors: file('sectors'),
    details: file('details'),
    detailsHint: file('detailsHint'),
    notOnMap: file('notOnMap'),
    table: file('table'),
    name: file('name'),
    sector: t('panel.sector'),
    type: t('panel.type'),
    ties: file('ties'),
    noSector: t('analysis.noSector'),
    tiesOf: file('tiesOf'),
    noTies: t('panel.noCooperations'),
    formal: t('panel.formal'),
    intensity: file('intensity'),
    scale: [t('intensity.1'), t('intensity.2'), t('intensity.3'), t('intensity.4')],
    carrier: t('panel.carrier'),
    municipality: t('panel.municipality'),
    socialArea: t('panel.socialArea'),
    offers: t('panel.offers'),
    since: t('panel.since'),
    figures: file('figures'),
    footer: file('footer', { date }),
    noScript: file('noScript'),
    partner: file('partner'),
  };
}
