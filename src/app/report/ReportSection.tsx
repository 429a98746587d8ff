import type { ReactNode } from 'react';

/** A numbered part of the report with its heading; `id` lets the app link to it. */
export function ReportSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section id={`report-${id}`} aria-labelledby={`report-${id}-heading`}>
      <h2 id={`report-${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

/** The sentence shown where a list is empty, so the reader knows it was checked. */
export function NoneFound({ text }: { text: string }) {
  return <p className="none">{text}</p>;
}
