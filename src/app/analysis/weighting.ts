import { findMeasure, MEASURES, type Measure, type Weighting } from '../../core/analysis/registry';

/** Whether a measure reads cooperation intensity, as the registry says, so the view can say so. */
export function weightingOf(measureId: string, measures: readonly Measure[] = MEASURES): Weighting {
  return findMeasure(measureId, measures)?.weighting ?? 'none';
}
