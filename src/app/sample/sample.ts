import type { InputFile } from '../../core/import';
import partners from '../../../data/beispielkreis/partner.csv?raw';
import cooperations from '../../../data/beispielkreis/kooperationen.csv?raw';
import offers from '../../../data/beispielkreis/angebote.csv?raw';
import memberships from '../../../data/beispielkreis/gremien.csv?raw';

/** The built-in sample network (fictional "Beispielkreis"), bundled so it works offline. */
export function sampleFiles(): InputFile[] {
  const encoder = new TextEncoder();
  return [
    { name: 'partner.csv', bytes: encoder.encode(partners) },
    { name: 'kooperationen.csv', bytes: encoder.encode(cooperations) },
    { name: 'angebote.csv', bytes: encoder.encode(offers) },
    { name: 'gremien.csv', bytes: encoder.encode(memberships) },
  ];
}
