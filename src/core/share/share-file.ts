import { sectorColor } from '../appearance/sector-colors';
import { reportMapDrawing } from '../export/report-map';
import { mapScene, sceneToSvg } from '../export/svg';
import { escapeXml } from '../export/xml-text';
import { sha256Base64 } from './sha256';
import { shareData } from './share-data';
import { sharedNetwork } from './shared-network';
import type { ShareData, ShareInput, ShareViewer } from './types';

/**
 * The policy of the share file, as strict as the single-file app's (build/single-file.ts) and
 * stricter: its one script and its one stylesheet allowed by their hashes, no connection, no
 * worker, no frame, no font, images only from `data:` (the empty icon that keeps a browser from
 * asking for a favicon). Nothing a partner's name could smuggle in would run or load.
 */
function policy(viewer: ShareViewer): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${sha256Base64(viewer.script)}'`,
    `style-src 'sha256-${sha256Base64(viewer.style)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Data for a `<script type="application/json">` block: `<`, `>` and `&` as JSON escapes, so no
 * name can end the element (`</script>`) or open a comment that changes how the HTML parser reads
 * it (`<!--`, HTML § 13.2.5.20ff.); U+2028 and U+2029 too, which older JavaScript did not allow
 * raw in a string. `JSON.parse` reads every escape back as the character.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const germanOrder = new Intl.Collator('de-DE').compare;

/**
 * "Netzwerk als Datei teilen": one HTML page that shows a network to someone without the app, read
 * only — the map as the report draws it (the user's places, the sector colours, dots sized by
 * cooperations), the partner table, the key figures with their explanations — and holds the
 * network for its small script (search, details, sector filter, zoom) as JSON. It opens by
 * double-click from an e-mail or a network drive in any browser, WebGL or not: no request, no
 * storage, nothing it needs outside itself. Every name is written as text (`escapeXml`) or as JSON
 * that cannot end its element (`jsonInScript`).
 */
export function writeShareFile(input: ShareInput, viewer: ShareViewer): string {
  const { script, style } = viewer;
  const { texts } = input;
  const shared = sharedNetwork(
    input.network,
    input.positions,
    input.pseudonymised
      ? (partner) =>
          partner.type.trim() ||
          (partner.sector.trim() === ''
            ? texts.partner
            : (input.sectorNames.get(partner.sector) ?? partner.sector))
      : undefined,
  );
  const data = shareData(shared.network, new Set(shared.positions.keys()), input);
  const drawing = reportMapDrawing({
    network: shared.network,
    positions: shared.positions,
    sectorColors: new Map(shared.network.partners.map((p) => [p.sector, sectorColor(p.sector)])),
    title: '',
    legend: [],
  });
  const svg = sceneToSvg(mapScene(drawing), { tagged: true }).replace(
    '<svg ',
    '<svg class="share-svg" role="img" aria-labelledby="share-map-title" ',
  );
  const text = escapeXml;
  return [
    '<!DOCTYPE html>',
    `<html lang="${input.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy(viewer)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Netzwerkkarte">',
    '<link rel="icon" href="data:,">',
    `<title>${text(texts.documentTitle)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header class="share-header">',
    `<h1>${text(input.networkName)}</h1>`,
    `<p>${text(texts.stand)}</p>`,
    input.pseudonymised
      ? `<p class="share-note" role="note">${text(texts.pseudonymisedNote)}</p>`
      : '',
    `<noscript><p class="share-note">${text(texts.noScript)}</p></noscript>`,
    '</header>',
    '<main class="share-main">',
    mapSection(svg, data, texts),
    detailsSection(texts),
    tableSection(data, texts),
    figuresSection(input),
    '</main>',
    `<footer class="share-footer"><p>${text(texts.footer)}</p></footer>`,
    `<script type="application/json" id="share-data">${jsonInScript(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function mapSection(svg: string, data: ShareData, texts: ShareInput['texts']): string {
  const counts = data.sectors.map(() => 0);
  for (const partner of data.partners) counts[partner.sector]!++;
  return [
    '<section class="share-map" aria-labelledby="share-map-title">',
    `<h2 id="share-map-title">${escapeXml(texts.map)}</h2>`,
    '<div class="share-tools">',
    '<div class="share-search">',
    `<label for="share-search">${escapeXml(texts.search)}</label>`,
    '<input id="share-search" type="search" autocomplete="off" spellcheck="false" aria-describedby="share-search-hint" aria-controls="share-table">',
    `<span id="share-search-hint" class="share-hint">${escapeXml(texts.searchHint)}</span>`,
    '<span id="share-found" class="share-found" role="status"></span>',
    '</div>',
    `<div class="share-zoom" role="group" aria-label="${escapeXml(texts.map)}">`,
    `<button type="button" data-zoom="in" aria-label="${escapeXml(texts.zoomIn)}" title="${escapeXml(texts.zoomIn)}">+</button>`,
    `<button type="button" data-zoom="out" aria-label="${escapeXml(texts.zoomOut)}" title="${escapeXml(texts.zoomOut)}">\u2212</button>`,
    `<button type="button" data-zoom="all">${escapeXml(texts.zoomAll)}</button>`,
    '</div>',
    '</div>',
    `<div class="share-map-frame" tabindex="0" role="group" aria-label="${escapeXml(texts.mapHint)}">`,
    svg,
    '</div>',
    `<p class="share-hint">${escapeXml(texts.mapHint)}</p>`,
    '<fieldset class="share-sectors">',
    `<legend>${escapeXml(texts.sectors)}</legend>`,
    ...data.sectors.map(
      (sector, index) =>
        `<label><input type="checkbox" checked data-sector="${index}">` +
        `<svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="6" fill="${escapeXml(sector.color)}"/></svg>` +
        `${escapeXml(sector.name)} (${counts[index]})</label>`,
    ),
    '</fieldset>',
    '</section>',
  ].join('\n');
}

function detailsSection(texts: ShareInput['texts']): string {
  return [
    '<aside class="share-details" aria-labelledby="share-details-title">',
    `<h2 id="share-details-title">${escapeXml(texts.details)}</h2>`,
    `<div id="share-detail-body"><p class="share-hint">${escapeXml(texts.detailsHint)}</p></div>`,
    '</aside>',
  ].join('\n');
}

/** Every partner, by name in German order: the map's text alternative, sortable by the script. */
function tableSection(data: ShareData, texts: ShareInput['texts']): string {
  const order = data.partners
    .map((partner, index) => ({ partner, index }))
    .sort((a, b) => germanOrder(a.partner.name, b.partner.name) || a.index - b.index);
  const column = (key: string, label: string, sorted = false) =>
    `<th scope="col"${sorted ? ' aria-sort="ascending"' : ''}><button type="button" data-sort="${key}">${escapeXml(label)}</button></th>`;
  return [
    '<section class="share-table" aria-labelledby="share-table-title">',
    `<h2 id="share-table-title">${escapeXml(texts.table)}</h2>`,
    '<div class="share-table-scroll">',
    '<table id="share-table">',
    '<thead><tr>',
    column('name', texts.name, true),
    column('sector', texts.sector),
    column('type', texts.type),
    column('ties', texts.ties),
    '</tr></thead>',
    '<tbody>',
    ...order.map(
      ({ partner, index }) =>
        `<tr data-partner="${index}">` +
        `<th scope="row"><button type="button" data-partner="${index}">${escapeXml(partner.name)}</button></th>` +
        `<td>${escapeXml(data.sectors[partner.sector]?.name ?? '')}</td>` +
        `<td>${escapeXml(partner.type)}</td>` +
        `<td class="share-number">${partner.ties}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function figuresSection({ figures, texts }: ShareInput): string {
  return [
    '<section class="share-figures" aria-labelledby="share-figures-title">',
    `<h2 id="share-figures-title">${escapeXml(texts.figures)}</h2>`,
    '<dl>',
    ...figures.map(
      (figure) =>
        `<div data-figure="${escapeXml(figure.key)}"><dt>${escapeXml(figure.label)}</dt>` +
        `<dd><span class="share-value">${escapeXml(figure.value)}</span> ${escapeXml(figure.help)}</dd></div>`,
    ),
    '</dl>',
    '</section>',
  ].join('\n');
}
