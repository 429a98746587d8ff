import { useTranslation } from 'react-i18next';
import type { DoubledOffer } from '../../core/doubles/findDoubledOffers';
import { GapQuestion } from '../gaps/GapSection';
import { ShowOnMap } from '../gaps/ShowOnMap';

interface Props {
  offers: readonly DoubledOffer[];
  partnerName: (id: string) => string;
  onShowPartners: (ids: string[]) => void;
}

/** The same offer for the same families in one social area by several providers. */
export function DoubledOffers({ offers, partnerName, onShowPartners }: Props) {
  const { t } = useTranslation();
  return (
    <GapQuestion title={t('gaps.doubles.offers.title')}>
      {offers.length === 0 ? (
        <p>{t('gaps.doubles.offers.none')}</p>
      ) : (
        <div className="gaps-table-wrap">
          <table>
            <caption>{t('gaps.doubles.offers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.doubles.offers.offer')}</th>
                <th scope="col">{t('gaps.doubles.offers.area')}</th>
                <th scope="col">{t('gaps.doubles.offers.targetGroup')}</th>
                <th scope="col">{t('gaps.doubles.offers.providers')}</th>
                <th scope="col">{t('gaps.doubles.offers.map')}</th>
              </tr>
            </thead>
            <tbody>
              {offers.map((doubled) => (
                <tr key={[doubled.offer, doubled.area, doubled.targetGroup].join('|')}>
                  <th scope="row">{doubled.offer}</th>
                  <td>{doubled.area}</td>
                  <td>{doubled.targetGroup === '' ? '–' : doubled.targetGroup}</td>
                  <td>{doubled.partners.map(partnerName).join('; ')}</td>
                  <td>
                    <ShowOnMap
                      ids={doubled.partners}
                      what={t('gaps.doubles.offers.what', { offer: doubled.offer, area: doubled.area })}
                      onShowPartners={onShowPartners}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </GapQuestion>
  );
}
