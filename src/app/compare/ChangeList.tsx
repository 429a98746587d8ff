import { Pager, usePages } from '../components/Pager';

/** Entries on a page: a first comparison against an empty Stand lists every tie. */
const ENTRIES_PER_PAGE = 20;

interface Props {
  heading: string;
  /** One plain sentence saying what the list holds, or that it is empty. */
  sentence: string;
  entries: readonly string[];
}

/** One kind of change: a heading, a sentence and the names. */
export function ChangeList({ heading, sentence, entries }: Props) {
  const pages = usePages(entries, ENTRIES_PER_PAGE);
  return (
    <section className="compare-change" aria-label={heading}>
      <h4>{heading}</h4>
      <p>{sentence}</p>
      <Pager pages={pages} name={heading} kind="list" />
      {pages.shown.length > 0 && (
        <ul>
          {pages.shown.map((entry, index) => (
            <li key={pages.start + index}>{entry}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
