import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_MEASURES } from '../analysis/measures';
import type { MapStyle } from '../store/state';

interface Props {
  style: MapStyle;
  onChange: (change: Partial<MapStyle>) => void;
  /** How many missing partner types the map shows; null while they are worked out. */
  missingTypes: number | null;
}

/** How the map draws partners: size by a measure, colour by sector or group, key points. */
export function MapStyleControls({ style, onChange, missingTypes }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="map-style">
      <legend>{t('mapStyle.title')}</legend>
      <label htmlFor={`${id}-size`}>{t('mapStyle.sizeBy')}</label>
      <select
        id={`${id}-size`}
        value={style.sizeBy}
        onChange={(event) => {
          const measure = MAP_MEASURES.find((m) => m.id === event.target.value);
          if (measure) onChange({ sizeBy: measure.id });
        }}
      >
        {MAP_MEASURES.map((measure) => (
          <option key={measure.id} value={measure.id}>
            {t(measure.labelKey)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-color`}>{t('mapStyle.colorBy')}</label>
      <select
        id={`${id}-color`}
        value={style.colorBy}
        onChange={(event) =>
          onChange({ colorBy: event.target.value === 'community' ? 'community' : 'sector' })
        }
      >
        <option value="sector">{t('mapStyle.bySector')}</option>
        <option value="community">{t('mapStyle.byCommunity')}</option>
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={style.keyPoints}
          onChange={(event) => onChange({ keyPoints: event.target.checked })}
        />
        {t('mapStyle.keyPoints')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={style.missingTypes}
          onChange={(event) => onChange({ missingTypes: event.target.checked })}
        />
        {t('mapStyle.missingTypes')}
      </label>
      {/* The worker finds them a moment later: say so, and say when there are none to draw. */}
      {style.missingTypes && (
        <p className="muted" role="status">
          {missingTypes === null
            ? t('mapStyle.missingTypesPending')
            : missingTypes === 0
              ? t('mapStyle.missingTypesNone')
              : t('mapStyle.missingTypesShown', { count: missingTypes })}
        </p>
      )}
    </fieldset>
  );
}
