import type { KeyFinding } from '../../core/report/key-findings';
import { newestFigureByType } from '../../core/reference/compare-with-reference';
import { inLanguage, referenceBeside } from '../text/reference-text';
import { REPORT_LOCALE } from './format';
import { pick } from './GapsSection';
import type { SectionProps } from './types';

/** Names a statement lists before it counts the rest: the first page is read, not searched. */
export const NAMES_IN_SUMMARY = 3;

/**
 * Stands where a statement's own number goes, so that the page can set the number apart; a
 * private-use character, which neither a translation nor a partner's name is expected to hold.
 */
export const NUMBER_MARK = '\uE000';

/** One statement of the first page: its sentence, its number, and the section that tells more. */
export interface SummaryStatement {
  kind: KeyFinding['kind'];
  /** The sentence, with `NUMBER_MARK` where `number` stands (at most once). */
  text: string;
  number: string;
  /** The id of the report's section (or part of one) with the details; null where there is none. */
  details: { id: string; section: string } | null;
}

/** The sentence as it reads: the number in its place. */
export function plainStatement({ text, number }: SummaryStatement): string {
  return text.replace(NUMBER_MARK, number);
}

/**
 * The first page's statements in the report's language: one sentence for each finding, each
 * with the count it turns on and a way to its section; where nothing was found, the sentence says
 * so. Names are plain text here; React escapes them wherever they are shown.
 */
export function summaryStatements(
  findings: readonly KeyFinding[],
  { data, t, format, nameOf }: SectionProps,
): SummaryStatement[] {
  const { language } = data;
  const list = new Intl.ListFormat(REPORT_LOCALE[language], { type: 'conjunction' });
  /** The first names and how many more: "A, B, C und 4 weitere" (partners, or `groups`). */
  const names = (
    items: readonly string[],
    name: (item: string) => string = nameOf,
    more: 'morePartners' | 'moreGroups' = 'morePartners',
  ) => {
    const shown = items.slice(0, NAMES_IN_SUMMARY).map(name);
    const rest = items.length - shown.length;
    return list.format(
      rest > 0
        ? [...shown, t(`report.summary.${more}`, { count: rest, number: format.number(rest) })]
        : shown,
    );
  };
  const sectorLabels = new Map(data.gaps.sectorLabels.map(({ id, label }) => [id, label]));
  const sector = (id: string) => pick(sectorLabels.get(id), language) ?? id;
  const section = (id: string, key: string) => ({ id, section: t(`report.sections.${key}`) });

  const typeNames = (types: readonly string[]) => {
    const missing = new Map(data.gaps.missingTypes.map((m) => [m.type, m]));
    const reference = data.reference;
    const figures = reference === undefined ? null : newestFigureByType(reference.rows);
    const words = { t, language, locale: REPORT_LOCALE[language] };
    return names(
      types,
      (type) => {
        const label = missing.get(type)?.typeLabel;
        const name = label === undefined ? type : inLanguage(label, language);
        const figure = figures?.get(type);
        return figure === undefined || reference === undefined
          ? name
          : t('report.summary.withFigure', {
              type: name,
              figure: referenceBeside(words, reference.reference.unit, figure),
            });
      },
      'moreGroups',
    );
  };

  const statement = (
    finding: KeyFinding,
    text: string,
    details: SummaryStatement['details'],
  ): SummaryStatement => ({
    kind: finding.kind,
    text,
    number: format.number(finding.count),
    details,
  });
  const counted = (key: string, finding: KeyFinding, values: Record<string, string> = {}) =>
    finding.count === 0
      ? t(`report.summary.${key}.none`, values)
      : t(`report.summary.${key}.some`, { ...values, count: finding.count, number: NUMBER_MARK });

  return findings.map((finding) => {
    switch (finding.kind) {
      case 'missing-by-law':
      case 'missing-recommended': {
        const key = finding.kind === 'missing-by-law' ? 'missingByLaw' : 'missingRecommended';
        return statement(
          finding,
          counted(key, finding, { names: typeNames(finding.types) }),
          section('report-gaps-types', 'gaps'),
        );
      }
      case 'youth-health':
        return statement(finding, youthHealthText(finding), section('report-gaps-link', 'gaps'));
      case 'single-tie':
        return statement(
          finding,
          counted('singleTie', finding, { names: names(finding.partners) }),
          section('report-central-single', 'central'),
        );
      case 'key-points': {
        const dependents =
          finding.dependents.length === 0
            ? ''
            : ` ${t('report.summary.keyPoints.dependents', {
                count: finding.dependents.length,
                number: format.number(finding.dependents.length),
                names: names(finding.dependents),
              })}`;
        return statement(
          finding,
          counted('keyPoints', finding, { names: names(finding.partners) }) + dependents,
          section('report-central-key-points', 'central'),
        );
      }
      case 'isolated':
        return statement(
          finding,
          counted('isolated', finding, { names: names(finding.partners) }),
          section('report-central-isolated', 'central'),
        );
      case 'doubles': {
        const parts = (['partners', 'offers', 'committees', 'networks'] as const)
          .filter((kind) => finding[kind] > 0)
          .map((kind) =>
            t(`report.summary.doubles.${kind}`, {
              count: finding[kind],
              number: format.number(finding[kind]),
            }),
          );
        return statement(
          finding,
          counted('doubles', finding, { parts: list.format(parts) }),
          section('report-doubles', 'doubles'),
        );
      }
      case 'changes':
        return statement(finding, changesText(finding), section('report-comparison', 'comparison'));
      case 'no-previous-stand':
        return statement(finding, t('report.summary.changes.noStand'), null);
      case 'key-partner-loss':
        return statement(
          finding,
          keyPartnerLossText(finding),
          finding.partner === null
            ? section('report-central-key-points', 'central')
            : section('report-losses', 'losses'),
        );
    }
  });

  function youthHealthText(finding: Extract<KeyFinding, { kind: 'youth-health' }>): string {
    const sides = { youth: sector(finding.youthSector), health: sector(finding.healthSector) };
    if (finding.state === 'side-missing') return t('report.summary.youthHealth.sideMissing', sides);
    if (finding.state === 'unconnected') return t('report.summary.youthHealth.unconnected', sides);
    const carried = t('report.summary.youthHealth.carried', {
      ...sides,
      count: finding.count,
      number: NUMBER_MARK,
      ties: t('report.summary.ties', {
        count: finding.ties,
        number: format.number(finding.ties),
      }),
      youthNames: names(finding.youth),
      healthNames: names(finding.health),
    });
    if (finding.state === 'carried') return carried;
    const alone = [finding.youth, finding.health].filter((side) => side.length === 1);
    return `${carried} ${t('report.summary.youthHealth.weak', {
      count: alone.length,
      names: list.format(alone.map(([id]) => nameOf(id!))),
    })}`;
  }

  function changesText(finding: Extract<KeyFinding, { kind: 'changes' }>): string {
    const dated =
      finding.date === undefined
        ? ''
        : t('report.comparison.dated', { date: format.date(finding.date) });
    const came = finding.added ?? [];
    const went = finding.gone ?? [];
    const who = [
      ...(came.length > 0
        ? [
            t('report.summary.changes.added', {
              count: came.length,
              number: NUMBER_MARK,
              names: names(
                came.map((p) => p.name),
                (name) => name,
              ),
            }),
          ]
        : []),
      ...(went.length > 0
        ? [
            t('report.summary.changes.gone', {
              count: went.length,
              number: came.length > 0 ? format.number(went.length) : NUMBER_MARK,
              names: names(
                went.map((p) => p.name),
                (name) => name,
              ),
            }),
          ]
        : []),
    ];
    const figure = (key: 'partners' | 'cooperations' | 'isolates') =>
      t(`report.summary.changes.${key}`, {
        count: finding[key].after,
        after: format.number(finding[key].after),
        before: format.number(finding[key].before),
      });
    const unchanged =
      who.length === 0 &&
      (['partners', 'cooperations', 'isolates'] as const).every(
        (key) => finding[key].before === finding[key].after,
      );
    if (unchanged)
      return t('report.summary.changes.unchanged', {
        date: dated,
        partners: figure('partners'),
        cooperations: figure('cooperations'),
      });
    const known = finding.added !== undefined;
    return t(known ? 'report.summary.changes.lead' : 'report.summary.changes.leadFigures', {
      date: dated,
      who: who.length > 0 ? list.format(who) : t('report.summary.changes.samePartners'),
      figures: list.format([figure('partners'), figure('cooperations'), figure('isolates')]),
    });
  }

  function keyPartnerLossText(finding: Extract<KeyFinding, { kind: 'key-partner-loss' }>): string {
    if (finding.partner === null) return t('report.summary.keyPartnerLoss.none');
    const partner = nameOf(finding.partner);
    const lead =
      finding.count === 0
        ? t('report.summary.keyPartnerLoss.parts', {
            partner,
            count: finding.parts.after,
            after: format.number(finding.parts.after),
            before: format.number(finding.parts.before),
          })
        : t('report.summary.keyPartnerLoss.some', {
            partner,
            count: finding.count,
            number: NUMBER_MARK,
          });
    const sectors = [
      ...finding.sectorPairsUnlinked.map(({ a, b }) =>
        t('report.losses.unlinked', { a: sector(a), b: sector(b) }),
      ),
      ...finding.sectorsCutOff.map((id) => t('report.losses.sectorCutOff', { sector: sector(id) })),
    ];
    return [lead, ...sectors].join(' ');
  }
}
