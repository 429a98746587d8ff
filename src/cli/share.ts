import { writeFile } from 'node:fs/promises';
import { shareInput } from '../app/share/share-input';
import { startPositions } from '../core/appearance/start-positions';
import { defaultCatalogue } from '../core/catalogue/default-catalogue';
import { forceLayout } from '../core/layout/force-layout';
import type { Network } from '../core/model/types';
import { keyFigures } from '../core/report/key-figures';
import type { FullReport } from '../core/report/full-report';
import { writeShareFile } from '../core/share/share-file';
import { SHARE_VIEWER } from '../share-viewer';
import { cliTranslator } from './i18n';
import type { CliLanguage } from './messages';

export interface ShareOptions {
  language: CliLanguage;
  networkName: string;
  pseudonymised: boolean;
  /** ISO date the file says it was made; today when not given. */
  date: string | undefined;
}

/**
 * `share`: the share file the app writes with "Netzwerk als Datei teilen", for a district office
 * that makes one for each of its networks. The map has the layout the report's map has where no
 * one has arranged it (ForceAtlas2 from the seeded start: the same files give the same map).
 */
export async function writeShare(
  report: FullReport,
  network: Network,
  out: string,
  options: ShareOptions,
): Promise<void> {
  const html = writeShareFile(
    shareInput(cliTranslator(options.language), {
      network,
      positions: forceLayout(network, startPositions(network)),
      pseudonymised: options.pseudonymised,
      networkName: options.networkName,
      figures: keyFigures(report),
      catalogue: defaultCatalogue(),
      language: options.language,
      today: options.date ?? new Date().toISOString().slice(0, 10),
    }),
    SHARE_VIEWER,
  );
  await writeFile(out, html, 'utf8');
}
