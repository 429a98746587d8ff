import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INTENSITIES } from '../../core/model/types';
import { readableTextOn } from '../analysis/heat-map';
import { intensityColour } from './intensity-colours';

/**
 * The key to the matrix cells: the intensity scale in words, the agreement mark and the diagonal.
 * Ties with weights of their own (a Gephi or Kumu table) have no such classes: the cells then show
 * the weight rounded into four steps, and the key says so instead of naming the scale's words.
 */
export function IntensityLegend({ weighted = false }: { weighted?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="matrix-legend" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('matrix.legend.title')}</h3>
      <ul>
        <li>
          <span className="matrix-key" aria-hidden="true" />
          {t('matrix.legend.none')}
        </li>
        {INTENSITIES.map((intensity) => {
          const background = intensityColour(intensity);
          return (
            <li key={intensity}>
              <span
                className="matrix-key"
                style={{ background, color: readableTextOn(background) }}
                aria-hidden="true"
              >
                {intensity}
              </span>
              {weighted
                ? t('matrix.legend.weightStep', { value: intensity })
                : `${intensity} – ${t(`intensity.${intensity}`)}`}
            </li>
          );
        })}
        <li>
          <span className="matrix-key" aria-hidden="true">
            ✓
          </span>
          ✓ – {t('matrix.legend.formal')}
        </li>
        <li>
          <span className="matrix-key matrix-self" aria-hidden="true" />
          {t('matrix.legend.self')}
        </li>
      </ul>
    </section>
  );
}
