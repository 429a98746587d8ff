import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findMeasure } from '../../core/analysis/registry';
import { sectorColor } from '../../core/appearance/sector-colors';
import type { Catalogue } from '../../core/catalogue/types';
import type { Network, Partner } from '../../core/model/types';
import { KEY_FIGURES } from '../../core/report/key-figures';
import type { WhatIf, WhatIfFigures } from '../../core/what-if/what-if';
import { Pager, usePages } from '../components/Pager';
import { useGapLabels, type GapLabels } from '../gaps/labels';
import { useFormatNumber } from '../i18n/format';
import { showOnMap } from '../store/state';
import { update } from '../store/store';
import { useSectorName } from '../text/use-sector-name';
import { TaskProgress } from '../worker/TaskProgress';
import { useWhatIf } from './use-what-if';
import './what-if.css';

/** Names a sentence of the answer lists before it counts the rest; the table has them all. */
const NAMES_IN_TEXT = 5;

/** Partners a page of the answer's table shows: a hub's loss may leave hundreds alone. */
const PARTNERS_PER_PAGE = 50;

/** The figures compared, in the order the analysis shows them, the largest part after the counts. */
const FIGURES: readonly (keyof WhatIfFigures)[] = [
  'partners',
  'cooperations',
  'largestPart',
  ...KEY_FIGURES.filter((id) => id !== 'partners' && id !== 'cooperations'),
];

interface Props {
  network: Network;
  /** The partners that would leave, by ID; the same array for the same question. */
  removed: readonly string[];
  onSelect: (id: string) => void;
  /** Level of the answer's heading: 3 in the partner panel, 4 inside the analysis' section. */
  level: 3 | 4;
  /** Whether the table of key figures shows at once (the analysis) or folded (the narrow panel). */
  figuresOpen: boolean;
}

/**
 * The answer to "Was wäre, wenn … wegfällt?", worked out in the worker: who would lose the
 * connection, what would change between the sectors and in the gaps, and the key figures today
 * and afterwards — in sentences, and in tables beside them.
 */
export function WhatIfAnswer({ network, removed, ...shown }: Props) {
  const { t } = useTranslation();
  const { answer, catalogue } = useWhatIf(network, removed);
  return (
    <div className="what-if-answer">
      <TaskProgress
        label={t('whatIf.computing')}
        status={answer.status}
        onStop={answer.stop}
        onRestart={answer.restart}
      />
      {answer.current && answer.result && (
        <Answer result={answer.result} network={network} catalogue={catalogue} {...shown} />
      )}
    </div>
  );
}

function Answer({
  result,
  network,
  catalogue,
  onSelect,
  level,
  figuresOpen,
}: Omit<Props, 'removed'> & { result: WhatIf; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const headingId = useId();
  const labels = useGapLabels(network, catalogue);
  const partners = useMemo(() => new Map(network.partners.map((p) => [p.id, p])), [network]);
  const nameOf = (id: string) => partners.get(id)?.name ?? id;
  const shortened = (texts: readonly string[], separator: string) => {
    const listed = texts.slice(0, NAMES_IN_TEXT).join(separator);
    const more = texts.length - NAMES_IN_TEXT;
    return more > 0
      ? t('whatIf.andMore', { names: listed, count: more, number: format(more) })
      : listed;
  };
  const names = (ids: readonly string[]) => shortened(ids.map(nameOf), ', ');
  const Title = `h${level}` as const;
  const Part = `h${level + 1}` as 'h4' | 'h5';
  const count = result.removed.length;
  const cutOffCount = result.cutOff.reduce((sum, group) => sum + group.length, 0);
  const affected = [...result.isolated, ...result.cutOff.flat()];

  return (
    <section className="what-if-result" aria-labelledby={headingId}>
      <Title id={headingId}>
        {t('whatIf.title', { count, number: format(count), names: names(result.removed) })}
      </Title>
      <p className="muted">{t('whatIf.unchanged')}</p>
      {count === 0 ? (
        <p>{t('whatIf.gone')}</p>
      ) : (
        <>
          <Part>{t('whatIf.partnersHeading')}</Part>
          <ul className="what-if-sentences">
            {result.isolated.length > 0 && (
              <li data-what-if="isolated">
                {t('whatIf.isolated', {
                  count: result.isolated.length,
                  number: format(result.isolated.length),
                  names: names(result.isolated),
                })}
              </li>
            )}
            {cutOffCount > 0 && (
              <li data-what-if="cut-off">
                {t('whatIf.cutOff', {
                  count: cutOffCount,
                  number: format(cutOffCount),
                  // Each group apart: they would still work together, but not with the others.
                  names: shortened(
                    result.cutOff.map((group) => names(group)),
                    '; ',
                  ),
                })}
              </li>
            )}
            {affected.length === 0 && <li>{t('whatIf.nobody')}</li>}
            <li>
              {t('whatIf.lostCooperations', {
                count: result.lostCooperations,
                number: format(result.lostCooperations),
              })}
            </li>
          </ul>
          {affected.length > 0 && (
            <AffectedTable result={result} partners={partners} onSelect={onSelect} />
          )}
          <Part>{t('whatIf.sectorsHeading')}</Part>
          <SectorChanges result={result} labels={labels} />
        </>
      )}
      <FiguresTable result={result} open={figuresOpen} />
      {count > 0 && (
        <button
          type="button"
          className="what-if-show"
          aria-label={t('whatIf.showOnMapLabel')}
          onClick={() => update(showOnMap([...result.removed, ...affected]))}
        >
          {t('whatIf.showOnMap')}
        </button>
      )}
    </section>
  );
}

/** The partners who would lose the connection, a page at a time, with their sector: what would happen. */
function AffectedTable({
  result,
  partners,
  onSelect,
}: {
  result: WhatIf;
  partners: ReadonlyMap<string, Partner>;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const sectorName = useSectorName();
  const rows = useMemo(
    () => [
      ...result.isolated.map((id) => ({ id, effect: t('whatIf.table.isolated') })),
      ...result.cutOff.flatMap((group, g) =>
        group.map((id) => ({
          id,
          effect: t('whatIf.table.cutOff', { group: format(g + 1), number: format(group.length) }),
        })),
      ),
    ],
    [result, t, format],
  );
  const pages = usePages(rows, PARTNERS_PER_PAGE);
  const caption = t('whatIf.table.caption');
  return (
    <>
      <Pager pages={pages} name={caption} />
      <table className="what-if-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('whatIf.table.partner')}</th>
            <th scope="col">{t('whatIf.table.effect')}</th>
          </tr>
        </thead>
        <tbody>
          {pages.shown.map(({ id, effect }) => {
            const sector = partners.get(id)?.sector ?? '';
            return (
              <tr key={id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(id)}>
                    {partners.get(id)?.name ?? id}
                  </button>
                  {/* The sector under the name: the table fits the narrow partner panel. */}
                  <span className="what-if-sector">
                    <Swatch colour={sectorColor(sector)} />
                    {sector === '' ? t('analysis.noSector') : sectorName(sector)}
                  </span>
                </th>
                <td>{effect}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} aria-hidden="true" />;
}

/** Sectors that would no longer cooperate, and the gaps that would open (catalogue sectors and types). */
function SectorChanges({ result, labels }: { result: WhatIf; labels: GapLabels }) {
  const { t } = useTranslation();
  const sentences: { key: string; sector: string; text: ReactNode }[] = [
    ...result.sectorPairsUnlinked.map(({ a, b }) => ({
      key: `pair:${a}:${b}`,
      sector: a,
      text: t('whatIf.unlinked', { a: labels.sector(a), b: labels.sector(b) }),
    })),
    ...result.sectorsCutOff.map((id) => ({
      key: `cut:${id}`,
      sector: id,
      text: t('whatIf.sectorCutOff', { sector: labels.sector(id) }),
    })),
    ...result.sectorsGone.map((id) => ({
      key: `gone:${id}`,
      sector: id,
      text: t('whatIf.sectorGone', { sector: labels.sector(id) }),
    })),
    ...result.typesGone.map((missing) => ({
      key: `type:${missing.type}`,
      sector: missing.sector,
      text: t('whatIf.typeGone', {
        type: labels.type(missing.type),
        basis: t(`gaps.basis.${missing.basis}`),
      }),
    })),
  ];
  if (sentences.length === 0) return <p>{t('whatIf.sectorsUnchanged')}</p>;
  return (
    <ul className="what-if-sentences" data-what-if="sectors">
      {sentences.map(({ key, sector, text }) => (
        <li key={key}>
          <Swatch colour={sectorColor(labels.sectorColourKey(sector))} />
          {text}
        </li>
      ))}
    </ul>
  );
}

/** The key figures of the network as it is and without the partners, side by side, each explained. */
function FiguresTable({ result, open }: { result: WhatIf; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const { before, after } = result.figures;
  const value = (figures: WhatIfFigures, id: keyof WhatIfFigures) => {
    if (id === 'largestPart')
      return t('whatIf.figures.largestPart.value', {
        part: format(figures.largestPart),
        all: format(figures.partners),
      });
    const number = figures[id];
    return number === null ? t('analysis.none') : format(number, findMeasure(id)?.digits ?? 0);
  };
  const text = (id: keyof WhatIfFigures, part: 'label' | 'help') =>
    id === 'largestPart'
      ? t(`whatIf.figures.largestPart.${part}`)
      : t(`analysis.figures.${id}.${part}`);
  const summaryId = useId();
  return (
    <details className="what-if-figures" open={open}>
      <summary id={summaryId}>{t('whatIf.figures.caption')}</summary>
      <table aria-labelledby={summaryId}>
        <thead>
          <tr>
            <th scope="col">{t('whatIf.figures.figure')}</th>
            <th scope="col" className="number">
              {t('whatIf.figures.now')}
            </th>
            <th scope="col" className="number">
              {t('whatIf.figures.after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((id) => {
            const now = value(before, id);
            const then = value(after, id);
            return (
              <tr
                key={id}
                data-what-if-figure={id}
                className={now === then ? undefined : 'what-if-changed'}
              >
                <th scope="row">
                  {text(id, 'label')}
                  <small className="what-if-help">{text(id, 'help')}</small>
                </th>
                <td className="number">{now}</td>
                <td className="number">{then}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
