import { useTranslation } from 'react-i18next';
import type { DoubledOffer } from '../../core/doubles/find-doubled-offers';
import { FindingTable } from '../gaps/FindingTable';
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
        <FindingTable
          caption={t('gaps.doubles.offers.caption')}
          columns={[
            t('gaps.doubles.offers.offer'),
            t('gaps.doubles.offers.area'),
            t('gaps.doubles.offers.targetGroup'),
            t('gaps.doubles.offers.providers'),
            t('gaps.doubles.offers.map'),
          ]}
        >
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
        </FindingTable>
      )}
    </GapQuestion>
  );
}
