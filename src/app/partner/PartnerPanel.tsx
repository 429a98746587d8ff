import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis, PartnerAnalysis } from '../../core/analysis/analyse-network';
import { tieWeight } from '../../core/model/tie-weight';
import type { Cooperation, Network, Partner } from '../../core/model/types';
import { MEASURE_DIGITS, measureValue, PARTNER_MEASURES } from '../analysis/partner-rows';
import { useMeasureFormat } from '../analysis/use-measure-format';
import { useFormatNumber } from '../i18n/format';
import { sectorColor, sectorsInOrder } from '../../core/appearance/sector-colors';
import { germanOrder } from '../text/german-order';
import { useSectorName } from '../text/use-sector-name';
import { PartnerWhatIf } from './PartnerWhatIf';

interface Props {
  network: Network;
  partnerId: string;
  analysis: NetworkAnalysis | null;
  onSelect: (id: string | null) => void;
  onEgo: (id: string, depth: 1 | 2) => void;
  /** Whether the partner is pinned on the map; null before the map has placed it. */
  pinned: boolean | null;
  onPin: (id: string, pinned: boolean) => void;
}

const FIELDS = ['sector', 'type', 'carrier', 'municipality', 'socialArea'] as const;

/** The partner's standing in the network: the analysis table's measures, but degree and strength,
 * which the panel shows with the partner's fields. */
const PANEL_MEASURES = PARTNER_MEASURES.filter((id) => id !== 'degree' && id !== 'strength');

interface Tie {
  cooperation: Cooperation;
  other: Partner;
}

/**
 * The partner's ties by the other partner's sector, sectors in the map's order and the closest
 * ties (by weight, see `tieWeight`) first: a coordinator sees at a glance which systems are tied
 * in, and how closely.
 */
function tiesBySector(network: Network, byId: Map<string, Partner>, partnerId: string) {
  const bySector = new Map<string, Tie[]>();
  for (const cooperation of network.cooperations) {
    if (cooperation.source !== partnerId && cooperation.target !== partnerId) continue;
    const other = byId.get(
      cooperation.source === partnerId ? cooperation.target : cooperation.source,
    );
    if (!other) continue;
    const ties = bySector.get(other.sector);
    if (ties) ties.push({ cooperation, other });
    else bySector.set(other.sector, [{ cooperation, other }]);
  }
  return sectorsInOrder(bySector.keys()).map((sector) => ({
    sector,
    ties: (bySector.get(sector) ?? []).sort(
      (a, b) =>
        tieWeight(b.cooperation) - tieWeight(a.cooperation) ||
        germanOrder(a.other.name, b.other.name),
    ),
  }));
}

function PartnerMeasures({ figures }: { figures: PartnerAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  return (
    <dl className="partner-fields">
      {PANEL_MEASURES.map((id) => (
        <div key={id} data-measure={id}>
          <dt>{t(`analysis.measures.${id}.label`)}</dt>
          <dd>
            {format(measureValue(figures, id), MEASURE_DIGITS[id])}
            <br />
            <small className="muted">{t(`analysis.measures.${id}.help`)}</small>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything about one partner: its data, its figures and its cooperations. */
export function PartnerPanel({
  network,
  partnerId,
  analysis,
  onSelect,
  onEgo,
  pinned,
  onPin,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const inLanguage = useSectorName();
  const byId = useMemo(() => new Map(network.partners.map((p) => [p.id, p])), [network]);
  const groups = useMemo(() => tiesBySector(network, byId, partnerId), [network, byId, partnerId]);
  const partner = byId.get(partnerId);
  if (!partner) return null;
  const figures = analysis?.partners.find((p) => p.id === partnerId);
  const extra = Object.entries(partner.attributes);
  const sectorName = (sector: string) => inLanguage(sector) || t('analysis.noSector');

  return (
    <aside className="partner-panel" aria-labelledby="partner-panel-title">
      <div className="panel-head">
        <h2 id="partner-panel-title">{partner.name}</h2>
        <button type="button" onClick={() => onSelect(null)} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      <dl className="partner-fields">
        {FIELDS.filter((field) => partner[field] !== '').map((field) => (
          <div key={field}>
            <dt>{t(`panel.${field}`)}</dt>
            <dd>
              {field === 'sector' && (
                <span className="swatch" style={{ background: sectorColor(partner.sector) }} />
              )}
              {partner[field]}
            </dd>
          </div>
        ))}
        {partner.offers.length > 0 && (
          <div>
            <dt>{t('panel.offers')}</dt>
            <dd>{partner.offers.join(', ')}</dd>
          </div>
        )}
        {partner.since !== null && (
          <div>
            <dt>{t('panel.since')}</dt>
            <dd>{partner.since}</dd>
          </div>
        )}
        {figures && (
          <>
            <div>
              <dt>{t('panel.degree')}</dt>
              <dd>{format(figures.degree)}</dd>
            </div>
            <div>
              <dt>{t('panel.strength')}</dt>
              <dd>{format(figures.strength, MEASURE_DIGITS.strength)}</dd>
            </div>
          </>
        )}
      </dl>
      {extra.length > 0 && (
        <details>
          <summary>{t('panel.more')}</summary>
          <dl className="partner-fields">
            {extra.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div className="panel-actions">
        <button type="button" onClick={() => onEgo(partner.id, 1)}>
          {t('filters.egoOne')}
        </button>
        <button type="button" onClick={() => onEgo(partner.id, 2)}>
          {t('filters.egoTwo')}
        </button>
        {pinned !== null && (
          <button type="button" aria-pressed={pinned} onClick={() => onPin(partner.id, !pinned)}>
            {pinned ? t('panel.unpin') : t('panel.pin')}
          </button>
        )}
      </div>
      {pinned && <p className="muted">{t('panel.pinnedNote')}</p>}
      <PartnerWhatIf
        // A question of its own for each partner: the answer for the last one does not stay.
        key={partner.id}
        network={network}
        partnerId={partner.id}
        onSelect={onSelect}
      />
      <h3>{t('panel.cooperations')}</h3>
      {groups.length === 0 && <p>{t('panel.noCooperations')}</p>}
      {groups.map(({ sector, ties }) => (
        <section key={sector} className="partner-tie-group" aria-label={sectorName(sector)}>
          <h4>
            <span
              className="swatch"
              style={{ background: sectorColor(sector) }}
              aria-hidden="true"
            />
            {sectorName(sector)}{' '}
            <span className="muted">({t('matrix.panel.ties', { count: ties.length })})</span>
          </h4>
          <ul className="partner-ties">
            {ties.map(({ cooperation, other }, index) => (
              <li key={`${other.id}:${index}`}>
                <button type="button" className="link" onClick={() => onSelect(other.id)}>
                  {other.name}
                </button>
                <span className="tie-detail" title={t(`intensity.${cooperation.intensity}`)}>
                  {cooperation.weight === undefined
                    ? t('panel.intensity', { value: cooperation.intensity })
                    : t('panel.weight', { value: format(cooperation.weight, 2) })}
                  {cooperation.formal && ` · ${t('panel.formal')}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h3>{t('matrix.panel.measures')}</h3>
      {figures ? (
        <PartnerMeasures figures={figures} />
      ) : (
        <p className="muted">{t('matrix.panel.measuresWaiting')}</p>
      )}
    </aside>
  );
}
