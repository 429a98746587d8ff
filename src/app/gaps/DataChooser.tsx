import { useId, type ReactNode } from 'react';

interface Props {
  className: string;
  title: string;
  /** Which data is in use, e.g. "In Gebrauch: … (Version 2024.1)." */
  inUse: string;
  /** The button's words that go back to the data supplied; null while those are in use. */
  reset: string | null;
  onReset: () => void;
  load: string;
  accept: string;
  onFile: (file: File) => void;
  /** The last file's problems, as the caller words them. */
  children?: ReactNode;
}

/**
 * Reference data the user may replace with a file of their own (the catalogue, the figures): what
 * is in use, the way back to what the app supplies, and the file input.
 */
export function DataChooser({
  className,
  title,
  inUse,
  reset,
  onReset,
  load,
  accept,
  onFile,
  children,
}: Props) {
  const inputId = useId();
  return (
    <section className={className} aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{title}</h3>
      <p>
        {inUse}
        {reset !== null && (
          <>
            {' '}
            <button type="button" className="link" onClick={onReset}>
              {reset}
            </button>
          </>
        )}
      </p>
      <label htmlFor={inputId}>{load}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      {children}
    </section>
  );
}
