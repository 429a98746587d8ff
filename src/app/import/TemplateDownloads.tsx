import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../export/download';
import { CSV_TEMPLATES, WORKBOOK_TEMPLATE_FILE } from './templates';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The empty tables from data/templates as CSV files, and all of them as one workbook. */
export function TemplateDownloads() {
  const { t } = useTranslation();
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);

  const downloadWorkbook = async () => {
    setFailure(null);
    try {
      // The XLSX writer is loaded only when asked for, so that it stays out of the first bundle.
      const { templateWorkbook } = await import('./template-workbook');
      downloadFile(WORKBOOK_TEMPLATE_FILE, await templateWorkbook(CSV_TEMPLATES), XLSX_TYPE);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="import-templates" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('importer.templates.title')}</h3>
      <p className="muted">{t('importer.templates.intro')}</p>
      <ul>
        {CSV_TEMPLATES.map((template) => (
          <li key={template.file}>
            <button
              type="button"
              className="link"
              onClick={() => downloadFile(template.file, template.text, 'text/csv;charset=utf-8')}
            >
              {t('importer.templates.csv', { kind: t(`importer.kinds.${template.kind}`) })}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link" onClick={() => void downloadWorkbook()}>
            {t('importer.templates.workbook')}
          </button>
        </li>
      </ul>
      {failure !== null && (
        <p role="alert" className="error">
          {t('importer.templates.workbookFailed', { message: failure })}
        </p>
      )}
    </section>
  );
}
