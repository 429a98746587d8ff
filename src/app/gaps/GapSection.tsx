import { useId, type ReactNode } from 'react';

/** One question of the steering group, as a region named by its heading. */
export function GapQuestion({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="gaps-question" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

/** One finding under a question: a heading and its evidence. */
export function GapFinding({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="gaps-finding" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {children}
    </section>
  );
}
