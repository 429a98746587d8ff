import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  inputId: string;
  onFiles: (files: File[]) => void;
}

/** Choose or drop files; several at once, and more can be added later. */
export function FileChooser({ inputId, onFiles }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles([...event.dataTransfer.files]);
      }}
    >
      <label htmlFor={inputId}>{t('importer.choose')}</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // Cleared so that choosing the same file again, after fixing it in Excel, reads it anew.
          event.target.value = '';
        }}
      />
      <p className="muted">{t('importer.drop')}</p>
    </div>
  );
}
