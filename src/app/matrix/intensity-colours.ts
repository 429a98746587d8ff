import { interpolateCividis } from 'd3-scale-chromatic';
import { INTENSITIES, type Intensity } from '../../core/model/types';

/**
 * Cell colour by intensity on cividis (Nuñez, Anderton & Renslow 2018), a sequential scale made to
 * read the same with red-green colour blindness: light yellow for "kennen sich" down to dark blue
 * for "verbindliche Kooperation". The ends of the scale are left out so that 1 stays visible on
 * white and 4 stays apart from black text on the headers.
 */
export function intensityColour(intensity: Intensity): string {
  const lightest = 0.95;
  const darkest = 0.14;
  const step = (lightest - darkest) / (INTENSITIES.length - 1);
  return interpolateCividis(lightest - (intensity - 1) * step);
}
