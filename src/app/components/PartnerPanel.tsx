import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, Partner } from '../../core/model/types';
import type { AnalysisResult } from '../../worker/protocol';
import { useFormatNumber } from '../i18n/format';
import { sectorColor } from '../sectors/colors';

interface Props {
  network: Network;
  partnerId: string;
  analysis: AnalysisResult | null;
  onSelect: (id: string | null) => void;
  onEgo: (id: string, depth: 1 | 2) => void;
}

const FIELDS = ['sector', 'type', 'carrier', 'municipality', 'socialArea'] as const;

/** Everything about one partner: its data, its figures and its cooperations. */
export function PartnerPanel({ network, partnerId, analysis, onSelect, onEgo }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const byId = useMemo(() => new Map(network.partners.map((p) => [p.id, p])), [network]);
  const partner = byId.get(partnerId);
  if (!partner) return null;
  const figures = analysis?.partners.find((p) => p.id === partnerId);
  const ties = network.cooperations
    .filter((c) => c.source === partnerId || c.target === partnerId)
    .map((c) => ({ cooperation: c, other: byId.get(c.source === partnerId ? c.target : c.source) }))
    .filter(
      (tie): tie is { cooperation: (typeof tie)['cooperation']; other: Partner } =>
        tie.other !== undefined,
    )
    .sort(
      (a, b) =>
        b.cooperation.intensity - a.cooperation.intensity ||
        a.other.name.localeCompare(b.other.name, 'de-DE'),
    );
  const extra = Object.entries(partner.attributes);

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
              <dd>{format(figures.strength)}</dd>
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
      </div>
      <h3>{t('panel.cooperations')}</h3>
      {ties.length === 0 ? (
        <p>{t('panel.noCooperations')}</p>
      ) : (
        <ul className="partner-ties">
          {ties.map(({ cooperation, other }) => (
            <li key={other.id}>
              <button type="button" className="link" onClick={() => onSelect(other.id)}>
                <span className="swatch" style={{ background: sectorColor(other.sector) }} />
                {other.name}
              </button>
              <span className="tie-detail" title={t(`intensity.${cooperation.intensity}`)}>
                {t('panel.intensity', { value: cooperation.intensity })}
                {cooperation.formal && ` · ${t('panel.formal')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
