import { ReportDocument } from './ReportDocument';
import { REPORT_STYLESHEET } from './stylesheet';
import type { ReportDocumentProps } from './types';

/** The fixed stylesheet; the only raw markup the report writes, and it holds no user data. */
export function ReportStyle() {
  return <style dangerouslySetInnerHTML={{ __html: REPORT_STYLESHEET }} />;
}

/**
 * The page's own Content-Security-Policy: wherever the file is opened (a mail attachment, a network
 * drive), it runs no script, loads nothing from anywhere, and shows only its inline styles and the
 * map it carries as a data: image.
 */
export const REPORT_POLICY =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The report as a whole HTML page, self-contained: UTF-8, the reader's language, the print
 * stylesheet inline, no scripts and nothing fetched. Render it with `renderToStaticMarkup` and
 * put `<!DOCTYPE html>` before it.
 */
export function ReportPage(props: ReportDocumentProps) {
  return (
    <html lang={props.language}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={REPORT_POLICY} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${props.networkName}`}</title>
        <ReportStyle />
      </head>
      <body>
        <ReportDocument {...props} />
      </body>
    </html>
  );
}
