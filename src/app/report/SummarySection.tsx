import { ReportSection } from './ReportSection';
import { NUMBER_MARK, summaryStatements, type SummaryStatement } from './summary-text';
import type { SectionProps } from './types';

/** A statement's sentence with its number set apart; names stay text, escaped by React. */
function Sentence({ text, number }: SummaryStatement) {
  const at = text.indexOf(NUMBER_MARK);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong className="count">{number}</strong>
      {text.slice(at + NUMBER_MARK.length)}
    </>
  );
}

/**
 * "Das Wichtigste in Kürze", the report's first page: a sentence for each finding a steering group
 * must decide on, each with its number and a link to the section with the details (an anchor
 * inside the document, which a browser's PDF keeps as a link).
 */
export function SummarySection(props: SectionProps) {
  const { t, findings } = props;
  const statements = summaryStatements(findings, props);
  return (
    <ReportSection id="summary" heading={t('report.sections.summary')}>
      <p>{t('report.summary.intro')}</p>
      <ol className="key-findings">
        {statements.map((statement) => (
          <li key={statement.kind} data-finding={statement.kind}>
            <p>
              <Sentence {...statement} />
              {statement.details !== null && (
                <>
                  {' '}
                  <a className="details" href={`#${statement.details.id}`}>
                    {t('report.summary.details', { section: statement.details.section })}
                  </a>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
