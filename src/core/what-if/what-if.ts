import { indexNetwork } from '../analysis/network-index';
import { checkStop, type ProgressHooks } from '../analysis/progress';
import type { Catalogue } from '../catalogue/types';
import { findGaps } from '../gaps/find-gaps';
import type { MissingType } from '../gaps/types';
import { buildGraph } from '../model/graph';
import type { Network } from '../model/types';
import type { KeyFigures } from '../report/key-figures';
import { networkKeyFigures } from '../report/network-key-figures';
import { partnerLoss, type PartnerLoss } from './partner-loss';
import { sectorLosses, type SectorLoss } from './sector-loss';

/** The report's key figures, and how many partners the largest connected part holds. */
export interface WhatIfFigures extends KeyFigures {
  largestPart: number;
}

/**
 * "Was wäre, wenn … wegfällt?": what the network would look like without some partners — worked
 * out on a copy, the network itself is not changed.
 */
export interface WhatIf extends Omit<PartnerLoss, 'parts' | 'largestPart'>, SectorLoss {
  /** The partners taken out, by ID, in the network's order; IDs not in the network are left out. */
  removed: string[];
  /** Catalogue sectors with partners now and none after (new gaps), in catalogue order. */
  sectorsGone: string[];
  /** Catalogue types matched by a partner now and by none after (new gaps), law first. */
  typesGone: MissingType[];
  figures: { before: WhatIfFigures; after: WhatIfFigures };
}

export interface WhatIfOptions extends ProgressHooks {
  /** The catalogue the gaps are found against. */
  catalogue: Catalogue;
  /** The coordinator's corrections of catalogue matches: partner ID → type ID. */
  corrections?: ReadonlyMap<string, string>;
}

/** The steps of a what-if, for its progress. */
const STEPS = ['gaps', 'figures', 'partners'] as const;

/**
 * What would change if the partners `removed` left the network: the key figures and the gaps of
 * the network as it is and of a copy without them, computed by the same functions the report and
 * the gaps view use, and the partners and sectors that would lose their connection.
 */
export function whatIf(
  network: Network,
  removed: readonly string[],
  options: WhatIfOptions,
): WhatIf {
  const leaving = new Set(removed);
  const remaining: Network = {
    partners: network.partners.filter((p) => !leaving.has(p.id)),
    cooperations: network.cooperations.filter(
      (c) => !leaving.has(c.source) && !leaving.has(c.target),
    ),
  };
  const step = (done: number) => {
    checkStop(options);
    options.onProgress?.(done, STEPS.length, STEPS[done] ?? 'done');
  };

  step(0);
  const gapOptions = options.corrections === undefined ? {} : { corrections: options.corrections };
  const gapsBefore = findGaps(network, options.catalogue, gapOptions);
  const gapsAfter = findGaps(remaining, options.catalogue, gapOptions);
  step(1);
  const figuresBefore = networkKeyFigures(network);
  const figuresAfter = networkKeyFigures(remaining);
  step(2);
  const index = indexNetwork(buildGraph(network));
  const positions = [...leaving].flatMap((id) => index.positions.get(id) ?? []);
  const without = new Uint8Array(index.ids.length);
  for (const position of positions) without[position] = 1;
  const { lostCooperations, isolated, cutOff, largestPart } = partnerLoss(index, without);
  const sectors = sectorLosses(index, gapsBefore)(positions);
  step(3);

  const missingBefore = new Set(gapsBefore.missingSectors);
  const typesMissingBefore = new Set(gapsBefore.missingTypes.map((missing) => missing.type));
  return {
    removed: network.partners.filter((p) => leaving.has(p.id)).map((p) => p.id),
    lostCooperations,
    isolated,
    cutOff,
    ...sectors,
    sectorsGone: gapsAfter.missingSectors.filter((sector) => !missingBefore.has(sector)),
    typesGone: gapsAfter.missingTypes.filter((missing) => !typesMissingBefore.has(missing.type)),
    figures: {
      before: { ...figuresBefore, largestPart: largestPart.before },
      after: { ...figuresAfter, largestPart: largestPart.after },
    },
  };
}
