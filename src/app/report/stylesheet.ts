/**
 * The report's only stylesheet: readable on screen, clean on A4 paper. No web fonts, no images,
 * nothing fetched — the file must open the same on an office PC without network.
 */
export const REPORT_STYLESHEET = `
@page { size: A4; margin: 18mm; }
.nwk-report { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; max-width: 180mm; margin: 0 auto; }
.nwk-report h1 { font-size: 20pt; margin: 0 0 4pt; }
.nwk-report h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #888; padding-bottom: 2pt; break-after: avoid; }
.nwk-report h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
.nwk-report p { margin: 0 0 6pt; }
.nwk-report .meta { margin: 0 0 12pt; display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; }
.nwk-report .meta dt { font-weight: 600; }
.nwk-report .meta dd { margin: 0; }
.nwk-report table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; break-inside: auto; }
.nwk-report caption { text-align: left; font-weight: 600; margin-bottom: 3pt; }
.nwk-report th, .nwk-report td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.nwk-report th { background: #eee; }
.nwk-report tr { break-inside: avoid; }
.nwk-report td.number, .nwk-report th.number { text-align: right; font-variant-numeric: tabular-nums; }
.nwk-report .figures dt { font-weight: 600; }
.nwk-report .figures dd { margin: 0 0 5pt 0; }
.nwk-report .figures .value { font-weight: 600; margin-right: 6pt; }
.nwk-report th { hyphens: manual; overflow-wrap: normal; word-break: normal; }
.nwk-report table.matrix { font-size: 8pt; }
.nwk-report table.matrix thead th { vertical-align: bottom; }
.nwk-report table.matrix .turned { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 32mm; text-align: left; }
.nwk-report table.matrix td { padding: 2pt 2pt; white-space: nowrap; }
.nwk-report a { color: #1a4f8b; }
.nwk-report #report-summary { break-after: page; }
.nwk-report ol.key-findings { list-style: none; margin: 0; padding: 0; font-size: 10pt; line-height: 1.35; }
.nwk-report ol.key-findings li { border-left: 3pt solid #1a4f8b; padding: 1pt 0 1pt 7pt; margin: 0 0 5pt; break-inside: avoid; }
.nwk-report ol.key-findings p { margin: 0; }
.nwk-report ol.key-findings .count { font-size: 12pt; }
.nwk-report ol.key-findings .details { font-size: 8.5pt; white-space: nowrap; }
.nwk-report figure { margin: 0 0 8pt; break-inside: avoid; }
.nwk-report figure img, .nwk-report figure canvas { width: 100%; height: auto; max-height: 200mm; object-fit: contain; border: 1px solid #ddd; }
.nwk-report figcaption { font-size: 9pt; color: #444; }
.nwk-report .none { color: #555; font-style: italic; }
.nwk-report td ul { margin: 0; padding-left: 12pt; }
.nwk-report section { break-inside: auto; }
@media print { .nwk-report { max-width: none; } .nwk-report h2 { break-before: auto; } }
`;
