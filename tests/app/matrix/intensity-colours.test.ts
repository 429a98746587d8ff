import { describe, expect, it } from 'vitest';
import { INTENSITIES } from '../../../src/core/model/types';
import { readableTextOn } from '../../../src/app/analysis/heat-map';
import { intensityColour } from '../../../src/app/matrix/intensity-colours';

describe('the intensity colours of the matrix', () => {
  it('give each step of the scale its own colour', () => {
    expect(new Set(INTENSITIES.map(intensityColour)).size).toBe(4);
  });

  it('run from light for "kennen sich" to dark for "verbindliche Kooperation"', () => {
    expect(readableTextOn(intensityColour(1))).toBe('#000000');
    expect(readableTextOn(intensityColour(4))).toBe('#ffffff');
  });
});
