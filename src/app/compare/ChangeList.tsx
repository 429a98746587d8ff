import { useState } from 'react';
import { ShowAll } from '../analysis/ShowAll';

/** Entries drawn before "show all": a first comparison against an empty Stand lists every tie. */
const FIRST_ENTRIES = 20;

interface Props {
  heading: string;
  /** One plain sentence saying what the list holds, or that it is empty. */
  sentence: string;
  entries: readonly string[];
}

/** One kind of change: a heading, a sentence and the names. */
export function ChangeList({ heading, sentence, entries }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, FIRST_ENTRIES);
  return (
    <section className="compare-change" aria-label={heading}>
      <h4>{heading}</h4>
      <p>{sentence}</p>
      {shown.length > 0 && (
        <ul>
          {shown.map((entry, index) => (
            <li key={index}>{entry}</li>
          ))}
        </ul>
      )}
      <ShowAll shown={shown.length} total={entries.length} onShowAll={() => setAll(true)} />
    </section>
  );
}
