import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intensity, Network } from '../../core/model/types';
import { choices, isFiltering, NO_FILTERS, type Filters, type Visible } from './filters';
import { hasOwnWeights } from '../../core/model/tie-weight';

interface Props {
  network: Network;
  filters: Filters;
  visible: Visible;
  onChange: (change: Partial<Filters>) => void;
}

const FIELDS = [
  ['sectors', 'sector'],
  ['types', 'type'],
  ['municipalities', 'municipality'],
  ['socialAreas', 'socialArea'],
] as const;

/** Filters shared by the map and the table, with the count of what they hide. */
export function FilterPanel({ network, filters, visible, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // Re-rendered on every progress step of the analysis: the choices are worked out once per network.
  const options = useMemo(
    () => new Map(FIELDS.map(([key, field]) => [key, choices(network, field)])),
    [network],
  );
  // Ties with weights of their own have no classes: the filter then goes by the rounded weight.
  const weighted = useMemo(() => hasOwnWeights(network.cooperations), [network]);
  const egoName = filters.ego
    ? network.partners.find((p) => p.id === filters.ego?.id)?.name
    : undefined;
  return (
    <fieldset className="filters">
      <legend>{t('filters.title')}</legend>
      {FIELDS.map(([key]) => {
        const values = options.get(key) ?? [];
        if (values.length < 2) return null;
        return (
          <div key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`filters.${key}`)}</label>
            <select
              id={`${id}-${key}`}
              value={filters[key][0] ?? ''}
              onChange={(event) =>
                onChange({ [key]: event.target.value === '' ? [] : [event.target.value] })
              }
            >
              <option value="">{t('filters.all')}</option>
              {values.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <label htmlFor={`${id}-intensity`}>
        {t(weighted ? 'filters.minWeight' : 'filters.minIntensity')}
      </label>
      <select
        id={`${id}-intensity`}
        value={filters.minIntensity}
        onChange={(event) => onChange({ minIntensity: Number(event.target.value) as Intensity })}
      >
        {[1, 2, 3, 4].map((value) => (
          <option key={value} value={value}>
            {weighted
              ? t('filters.weightStep', { value })
              : `${value} – ${t(`intensity.${value}`)}`}
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.formalOnly}
          onChange={(event) => onChange({ formalOnly: event.target.checked })}
        />
        {t('filters.formalOnly')}
      </label>
      {filters.ego && egoName !== undefined && (
        <p className="ego-note">
          {t('filters.ego', { name: egoName, depth: filters.ego.depth })}{' '}
          <button type="button" className="link" onClick={() => onChange({ ego: null })}>
            {t('filters.egoEnd')}
          </button>
        </p>
      )}
      <p role="status" className="muted filter-status">
        {isFiltering(filters)
          ? t('filters.hidden', {
              partners: visible.hiddenPartners,
              cooperations: visible.hiddenCooperations,
            })
          : t('filters.none')}
      </p>
      {isFiltering(filters) && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.reset')}
        </button>
      )}
    </fieldset>
  );
}
