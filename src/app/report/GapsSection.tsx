import type { CatalogueLabel } from '../../core/catalogue/types';
import {
  newestFigureByType,
  type ReferenceComparison,
} from '../../core/reference/compare-with-reference';
import {
  inLanguage,
  referenceBeside,
  referenceSentence,
  type ReferenceWords,
} from '../text/reference-text';
import { findingOf, type KeyFinding } from '../../core/report/key-findings';
import { FindingList, Findings, moreRows } from './Findings';
import { REPORT_LOCALE } from './format';
import { NoneFound, ReportSection } from './ReportSection';
import type { SectionProps } from './types';

export function GapsSection({ data, t, format, nameOf, findings }: SectionProps) {
  const more = moreRows(t, format);
  const { gaps, language, reference } = data;
  const labels = new Map(gaps.sectorLabels.map(({ id, label }) => [id, label]));
  const sector = (id: string) => pick(labels.get(id), language) ?? id;
  const words: ReferenceWords = { t, language, locale: REPORT_LOCALE[language] };
  const newest = reference === undefined ? null : newestFigureByType(reference.rows);
  // A column of dashes says nothing: it is there only where a missing type has a figure.
  const figures = gaps.missingTypes.some(({ type }) => newest?.has(type)) ? newest : null;
  const beside = (type: string) => {
    const figure = figures?.get(type);
    return figure === undefined || reference === undefined
      ? t('report.none')
      : referenceBeside(words, reference.reference.unit, figure);
  };
  return (
    <ReportSection id="gaps" heading={t('report.sections.gaps')}>
      <p>{t('report.gaps.intro')}</p>
      <Findings
        id="report-gaps-types"
        more={more}
        heading={t('report.gaps.missingTypes')}
        none={t('report.gaps.noMissingTypes')}
        columns={[
          { label: t('report.gaps.type') },
          { label: t('report.gaps.sector') },
          { label: t('report.gaps.basis') },
          ...(figures === null ? [] : [{ label: t('report.gaps.reference.column') }]),
        ]}
        items={gaps.missingTypes}
        row={(missing) => ({
          key: missing.type,
          cells: [
            pick(missing.typeLabel, language),
            pick(missing.sectorLabel, language),
            t(`report.gaps.bases.${missing.basis}`),
            ...(figures === null ? [] : [beside(missing.type)]),
          ],
        })}
      />
      {reference !== undefined && (
        <ReferenceFindings reference={reference} words={words} more={more} />
      )}
      <YouthHealthLink
        link={findingOf(findings, 'youth-health')}
        sector={sector}
        t={t}
        format={format}
        nameOf={nameOf}
      />
      <FindingList
        more={more}
        heading={t('report.gaps.missingSectors')}
        none={t('report.gaps.noMissingSectors')}
        items={gaps.missingSectors}
        text={sector}
      />
      <FindingList
        more={more}
        heading={t('report.gaps.unconnected')}
        none={t('report.gaps.noUnconnected')}
        items={gaps.unconnectedSectorPairs}
        text={({ a, b }) => t('report.gaps.pair', { a: sector(a), b: sector(b) })}
      />
      <Findings
        more={more}
        heading={t('report.gaps.areas')}
        none={t('report.gaps.noAreas')}
        columns={[{ label: t('report.gaps.area') }, { label: t('report.gaps.offer') }]}
        items={gaps.areaCoverage.emptyCells}
        row={({ area, offer }, i) => ({
          key: String(i),
          cells: [area, offer],
        })}
      />
    </ReportSection>
  );
}

/**
 * Who carries the link between Kinder- und Jugendhilfe and Gesundheitswesen, side by side; where
 * there is no link, the sentence of the first page that says why.
 */
function YouthHealthLink({
  link,
  sector,
  t,
  format,
  nameOf,
}: Pick<SectionProps, 't' | 'format' | 'nameOf'> & {
  link: Extract<KeyFinding, { kind: 'youth-health' }> | undefined;
  sector: (id: string) => string;
}) {
  if (link === undefined) return null;
  const sides = { youth: sector(link.youthSector), health: sector(link.healthSector) };
  return (
    <>
      <h3 id="report-gaps-link">{t('report.gaps.link.heading', sides)}</h3>
      {link.state === 'side-missing' || link.state === 'unconnected' ? (
        <NoneFound
          text={t(
            link.state === 'side-missing'
              ? 'report.summary.youthHealth.sideMissing'
              : 'report.summary.youthHealth.unconnected',
            sides,
          )}
        />
      ) : (
        <>
          <p>
            {t('report.gaps.link.ties', { count: link.ties, number: format.number(link.ties) })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('report.gaps.link.sector')}</th>
                <th scope="col">{t('report.gaps.link.partners')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                { name: sides.youth, partners: link.youth },
                { name: sides.health, partners: link.health },
              ].map(({ name, partners }) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{partners.map(nameOf).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/**
 * "Wie andere Kommunen aufgestellt sind": each published share as a sentence with the network's
 * answer, then what the shares count and where they come from.
 */
function ReferenceFindings({
  reference: { reference, rows },
  words,
  more,
}: {
  reference: ReferenceComparison;
  words: ReferenceWords;
  more: (shown: number, total: number) => string;
}) {
  const { t, language } = words;
  const sources = new Set(
    rows.map(({ figure: { source } }) =>
      source.url ? `${source.title} – ${source.url}` : source.title,
    ),
  );
  return (
    <>
      <FindingList
        more={more}
        heading={t('report.gaps.reference.heading', { unit: inLanguage(reference.unit, language) })}
        none={t('report.none')}
        items={rows}
        text={(row) => referenceSentence(words, reference.unit, row)}
      />
      <p>
        {t('report.gaps.reference.about', {
          measure: inLanguage(reference.measure, language),
          population: inLanguage(reference.population, language),
        })}
      </p>
      {[...sources].map((source) => (
        <p key={source}>{t('report.gaps.reference.source', { title: source })}</p>
      ))}
    </>
  );
}

/** A catalogue label in the report's language, the German one where the catalogue has no other. */
export function pick(label: CatalogueLabel | undefined, language: 'de' | 'en'): string | undefined {
  return label === undefined ? undefined : inLanguage(label, language);
}
