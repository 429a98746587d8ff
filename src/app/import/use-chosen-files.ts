import { useCallback, useRef, useState } from 'react';
import type { FilePreview } from '../../core/import/preview';
import type { ChosenFile, PreviewState, TableChoice } from './chosen-file';
import type { EncodingChoice } from './options';
import { previewTables } from './preview';
import {
  keepSavedMapping,
  savedMappingFor,
  useSavedMappings,
  type MappingOutcome,
  type SavedMapping,
} from './saved-mappings';

/** A saved mapping for every previewed table with the same headers that has none of its own yet. */
function withSavedMappings(
  choices: Map<string, TableChoice>,
  tables: readonly FilePreview[],
  saved: readonly SavedMapping[],
): Map<string, TableChoice> {
  const result = new Map(choices);
  for (const table of tables) {
    if (result.get(table.name)?.mapping !== undefined) continue;
    const match = savedMappingFor(table.header, saved);
    if (match !== undefined)
      result.set(table.name, { kind: match.kind, mapping: match.mapping, savedName: match.name });
  }
  return result;
}

/**
 * The files in the import dialog with their previews. A file of the same name as one already
 * chosen replaces it, since the importer tells files apart by name.
 */
export function useChosenFiles() {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const saved = useSavedMappings((state) => state.saved);
  const nextKey = useRef(1);
  const savedRef = useRef(saved);
  savedRef.current = saved;

  const showPreview = useCallback(async (file: ChosenFile) => {
    let preview: PreviewState;
    try {
      preview = { status: 'ready', tables: await previewTables(file, file.encoding) };
    } catch {
      preview = { status: 'failed' };
    }
    setFiles((list) =>
      list.map((f) =>
        f.key !== file.key || f.encoding !== file.encoding
          ? f
          : {
              ...f,
              preview,
              choices:
                preview.status === 'ready'
                  ? withSavedMappings(f.choices, preview.tables, savedRef.current)
                  : f.choices,
            },
      ),
    );
  }, []);

  const add = useCallback(
    async (chosen: readonly File[]) => {
      const read: ChosenFile[] = await Promise.all(
        chosen.map(async (file) => ({
          key: nextKey.current++,
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          encoding: '' as const,
          preview: { status: 'pending' as const },
          choices: new Map<string, TableChoice>(),
        })),
      );
      const names = new Set(read.map((f) => f.name));
      setFiles((list) => [...list.filter((f) => !names.has(f.name)), ...read]);
      await Promise.all(read.map(showPreview));
    },
    [showPreview],
  );

  const remove = useCallback((key: number) => {
    setFiles((list) => list.filter((f) => f.key !== key));
  }, []);

  const setEncoding = useCallback(
    (key: number, encoding: EncodingChoice) => {
      const file = files.find((f) => f.key === key);
      if (file === undefined) return;
      const changed: ChosenFile = { ...file, encoding, preview: { status: 'pending' } };
      setFiles((list) => list.map((f) => (f.key === key ? changed : f)));
      void showPreview(changed);
    },
    [files, showPreview],
  );

  const setChoice = useCallback((key: number, table: string, choice: TableChoice) => {
    setFiles((list) =>
      list.map((f) =>
        f.key === key ? { ...f, choices: new Map(f.choices).set(table, choice) } : f,
      ),
    );
  }, []);

  /** Saves a mapping under a name, with the stored networks (sealed with them when protected). */
  const keepMapping = useCallback(
    (entry: SavedMapping): Promise<MappingOutcome> => keepSavedMapping(entry),
    [],
  );

  const clear = useCallback(() => setFiles([]), []);

  return { files, add, remove, setEncoding, setChoice, keepMapping, clear };
}
