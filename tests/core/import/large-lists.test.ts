import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { csvFile } from './helpers';

describe('long lists', () => {
  it('150,000 partners each with a sector text of its own (more readings than one call takes as arguments) are read', async () => {
    const lines = ['ID;Name;Sektor'];
    for (let i = 0; i < 150_000; i++) lines.push(`P${i};Partner ${i};Bereich ${i}`);
    const result = await importNetwork({ files: [csvFile('p.csv', lines.join('\n'))] });
    expect(result.network.partners).toHaveLength(150_000);
    expect(result.interpretations.filter((i) => i.field === 'sector')).toHaveLength(150_000);
  }, 60_000);
});
