import { useId, type ReactNode } from 'react';

/** One part of the analysis view: a region named by its heading. */
export function AnalysisSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="analysis-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
