import { useState } from 'react';
import { decodeBytes } from '../../core/import/decode';
import { parseReferenceJson } from '../../core/reference/parse-reference-json';
import type { ReferenceFigures, ReferenceProblem } from '../../core/reference/types';
import { inLanguage } from '../text/reference-text';
import { DataChooser } from './DataChooser';
import { useReferenceWords } from './use-reference-words';

interface Props {
  reference: ReferenceFigures;
  isDefault: boolean;
  onChange: (reference: ReferenceFigures | null) => void;
}

/**
 * Replaces the NZFH's reference figures with others (e.g. a state's own survey), from JSON. A file
 * with any problem is refused with its problems and the figures in use stay: a wrong share must not
 * reach a steering group.
 */
export function ReferenceChooser({ reference, isDefault, onChange }: Props) {
  const { t, language } = useReferenceWords();
  const [problems, setProblems] = useState<ReferenceProblem[]>([]);

  const read = async (file: File) => {
    const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    // A file that is no text at all reads as empty and is refused with its problem.
    const result = parseReferenceJson(decoded.readable ? decoded.text : '');
    setProblems(result.problems);
    if (result.figures !== null) onChange(result.figures);
  };

  return (
    <DataChooser
      className="reference-chooser"
      title={t('reference.chooser.title')}
      inUse={t('reference.chooser.inUse', {
        title: inLanguage(reference.title, language),
        version: reference.version,
      })}
      reset={isDefault ? null : t('reference.chooser.reset')}
      onReset={() => onChange(null)}
      load={t('reference.chooser.load')}
      accept=".json,application/json"
      onFile={(file) => void read(file)}
    >
      {problems.length > 0 && (
        <ul className="reference-problems" role="alert">
          {problems.map((p, index) => (
            <li key={index} className="error">
              {p.path ? `${p.path}: ` : ''}
              {t(`reference.problems.${p.code}`, p.params)}
            </li>
          ))}
        </ul>
      )}
    </DataChooser>
  );
}
