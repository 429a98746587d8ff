import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../core/model/types';
import { useFormatNumber } from '../i18n/format';
import { germanOrder } from '../text/german-order';
import { foldForSearch } from '../text/normalise';
import { useSectorName } from '../text/use-sector-name';

/** Partners the list offers at once: a state office's network has tens of thousands. */
const OPTIONS_SHOWN = 50;

interface Props {
  partners: readonly Partner[];
  /** IDs chosen, in the order they were chosen. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/**
 * Choosing several partners: a search field over a list of check boxes (found by name, type or
 * sector, regardless of case and accents), and the partners chosen, each with a button that takes
 * it out again. Plain form controls, so keyboard and screen readers work as everywhere else.
 */
export function PartnerChooser({ partners, chosen, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const sectorName = useSectorName();
  const statusId = useId();
  const [query, setQuery] = useState('');
  const sorted = useMemo(
    () =>
      [...partners]
        .sort((a, b) => germanOrder(a.name, b.name))
        .map((partner) => ({
          partner,
          text: foldForSearch(`${partner.name} ${partner.type} ${partner.sector}`),
        })),
    [partners],
  );
  const found = useMemo(() => {
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    return sorted
      .filter(({ text }) => words.every((word) => text.includes(word)))
      .map(({ partner }) => partner);
  }, [sorted, query]);
  const byId = useMemo(() => new Map(partners.map((p) => [p.id, p])), [partners]);
  const isChosen = new Set(chosen);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  const shown = found.slice(0, OPTIONS_SHOWN);

  return (
    <fieldset className="what-if-chooser">
      <legend>{t('whatIf.chooser.legend')}</legend>
      <div className="what-if-search">
        <label>
          {t('whatIf.chooser.search')}{' '}
          <input
            type="search"
            value={query}
            aria-describedby={statusId}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <span id={statusId} role="status" className="muted">
          {t('whatIf.chooser.matches', { count: found.length, number: format(found.length) })}
        </span>
      </div>
      <ul className="what-if-options" aria-label={t('whatIf.chooser.options')}>
        {shown.map((partner) => (
          <li key={partner.id}>
            <label>
              <input
                type="checkbox"
                checked={isChosen.has(partner.id)}
                onChange={(event) => toggle(partner.id, event.target.checked)}
              />{' '}
              {partner.name}{' '}
              <span className="muted">
                ({partner.sector === '' ? t('analysis.noSector') : sectorName(partner.sector)})
              </span>
            </label>
          </li>
        ))}
      </ul>
      {found.length > shown.length && (
        <p className="muted">
          {t('whatIf.chooser.more', {
            shown: format(shown.length),
            total: format(found.length),
          })}
        </p>
      )}
      <p>
        {t('whatIf.chooser.chosen')}:{' '}
        {chosen.length === 0 && <span className="muted">{t('whatIf.chooser.chosenNone')}</span>}
      </p>
      {chosen.length > 0 && (
        <>
          <ul className="what-if-chosen" aria-label={t('whatIf.chooser.chosen')}>
            {chosen.map((id) => {
              const name = byId.get(id)?.name ?? id;
              return (
                <li key={id}>
                  <button
                    type="button"
                    aria-label={t('whatIf.chooser.remove', { name })}
                    onClick={() => toggle(id, false)}
                  >
                    {name} <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => onChange([])}>
            {t('whatIf.chooser.clear')}
          </button>
        </>
      )}
    </fieldset>
  );
}
