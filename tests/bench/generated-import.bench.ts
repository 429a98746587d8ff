import { bench, describe } from 'vitest';
import { importNetwork } from '../../src/core/import';
import { buildGraph } from '../../src/core/model/graph';
import { generated, generatedFiles, iterationsFor, SHORT, SIZES } from './sizes';

/**
 * Import of generated networks as the app reads them (decode, parse, map the columns, build and
 * check the partner and cooperation lists) against the floor of decoding and splitting the same
 * bytes into lines and cells; and building the graphology graph from the imported network.
 */
for (const partners of SIZES) {
  const files = generatedFiles(partners);
  const network = generated(partners);
  // Reading 10,000 partners takes a tenth of a second: a few warmed-up runs rather than one cold one.
  const options = partners === 10_000 ? SHORT : iterationsFor(partners);
  describe(`import, ${partners} partners`, () => {
    bench(
      'decode + parse + build (importNetwork)',
      async () => void (await importNetwork({ files })),
      options,
    );
    bench(
      'floor: decode and split lines and cells',
      () => {
        for (const file of files) {
          const text = new TextDecoder().decode(file.bytes);
          for (const line of text.split('\r\n')) line.split(';');
        }
      },
      options,
    );
    bench('graph build (buildGraph)', () => void buildGraph(network), options);
  });
}
