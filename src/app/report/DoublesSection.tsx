import { NoneFound, ReportSection } from './ReportSection';
import type { SectionProps } from './types';

export function DoublesSection({ data, t, format, nameOf }: SectionProps) {
  const { partners, offers, committees, networks } = data.doubles;
  const names = (ids: readonly string[]) => ids.map(nameOf).join('; ');
  const share = (value: number) => `${format.number(value * 100)} %`;
  return (
    <ReportSection id="doubles" heading={t('report.sections.doubles')}>
      <p>{t('report.doubles.intro')}</p>
      <h3>{t('report.doubles.partners')}</h3>
      {partners.length === 0 ? (
        <NoneFound text={t('report.doubles.noPartners')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.doubles.pair')}</th>
              <th scope="col" className="number">{t('report.doubles.score')}</th>
              <th scope="col">{t('report.doubles.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {partners.map(({ ids, score, reasons }) => (
              <tr key={ids.join('\u0000')}>
                <td>{names(ids)}</td>
                <td className="number">{share(score)}</td>
                <td>{reasons.map((reason) => t(`report.doubles.reason.${reason}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('report.doubles.offers')}</h3>
      {offers.length === 0 ? (
        <NoneFound text={t('report.doubles.noOffers')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.doubles.offer')}</th>
              <th scope="col">{t('report.doubles.area')}</th>
              <th scope="col">{t('report.doubles.targetGroup')}</th>
              <th scope="col">{t('report.doubles.providers')}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((offer, i) => (
              <tr key={i}>
                <td>{offer.offer}</td>
                <td>{offer.area}</td>
                <td>{offer.targetGroup === '' ? t('report.none') : offer.targetGroup}</td>
                <td>{names(offer.partners)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('report.doubles.committees')}</h3>
      {committees.length === 0 ? (
        <NoneFound text={t('report.doubles.noCommittees')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.doubles.committeePair')}</th>
              <th scope="col" className="number">{t('report.doubles.jaccard')}</th>
              <th scope="col">{t('report.doubles.shared')}</th>
            </tr>
          </thead>
          <tbody>
            {committees.map(({ a, b, jaccard, shared }) => (
              <tr key={`${a}\u0000${b}`}>
                <td>{t('report.gaps.pair', { a, b })}</td>
                <td className="number">{share(jaccard)}</td>
                <td>{names(shared)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {networks.length > 0 || data.report.partners.some((p) => p.networks !== undefined) ? (
        <>
          <h3>{t('report.doubles.networks')}</h3>
          {networks.length === 0 ? (
            <NoneFound text={t('report.doubles.noNetworks')} />
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('report.doubles.partner')}</th>
                  <th scope="col">{t('report.doubles.inNetworks')}</th>
                </tr>
              </thead>
              <tbody>
                {networks.map(({ id, members }) => (
                  <tr key={id}>
                    <td>{nameOf(id)}</td>
                    <td>{[...new Set(members.map((m) => m.network))].join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </ReportSection>
  );
}
