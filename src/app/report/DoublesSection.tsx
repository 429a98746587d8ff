import { Findings, moreRows } from './Findings';
import { ReportSection } from './ReportSection';
import type { SectionProps } from './types';

export function DoublesSection({ data, t, format, nameOf }: SectionProps) {
  const more = moreRows(t, format);
  const { partners, offers, committees, networks } = data.doubles;
  const names = (ids: readonly string[]) => ids.map(nameOf).join('; ');
  const share = (value: number) => `${format.number(value * 100)} %`;
  const merged = networks.length > 0 || data.report.partners.some((p) => p.networks !== undefined);
  return (
    <ReportSection id="doubles" heading={t('report.sections.doubles')}>
      <p>{t('report.doubles.intro')}</p>
      <Findings
        more={more}
        heading={t('report.doubles.partners')}
        none={t('report.doubles.noPartners')}
        columns={[
          { label: t('report.doubles.pair') },
          { label: t('report.doubles.score'), numeric: true },
          { label: t('report.doubles.reasons') },
        ]}
        items={partners}
        row={({ ids, score, reasons }) => ({
          key: ids.join('\u0000'),
          cells: [
            names(ids),
            share(score),
            reasons.map((reason) => t(`report.doubles.reason.${reason}`)).join(', '),
          ],
        })}
      />
      <Findings
        more={more}
        heading={t('report.doubles.offers')}
        none={t('report.doubles.noOffers')}
        columns={[
          { label: t('report.doubles.offer') },
          { label: t('report.doubles.area') },
          { label: t('report.doubles.targetGroup') },
          { label: t('report.doubles.providers') },
        ]}
        items={offers}
        row={(offer, i) => ({
          key: String(i),
          cells: [
            offer.offer,
            offer.area,
            offer.targetGroup === '' ? t('report.none') : offer.targetGroup,
            names(offer.partners),
          ],
        })}
      />
      <Findings
        more={more}
        heading={t('report.doubles.committees')}
        none={t('report.doubles.noCommittees')}
        columns={[
          { label: t('report.doubles.committeePair') },
          { label: t('report.doubles.jaccard'), numeric: true },
          { label: t('report.doubles.shared') },
        ]}
        items={committees}
        row={({ a, b, jaccard, shared }) => ({
          key: `${a}\u0000${b}`,
          cells: [t('report.gaps.pair', { a, b }), share(jaccard), names(shared)],
        })}
      />
      {merged ? (
        <Findings
          more={more}
          heading={t('report.doubles.networks')}
          none={t('report.doubles.noNetworks')}
          columns={[
            { label: t('report.doubles.partner') },
            { label: t('report.doubles.inNetworks') },
          ]}
          items={networks}
          row={({ id, members }) => ({
            key: id,
            cells: [nameOf(id), [...new Set(members.map((m) => m.network))].join(', ')],
          })}
        />
      ) : null}
    </ReportSection>
  );
}
