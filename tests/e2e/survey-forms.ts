import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A form as the tests read it, without our reader: the shared strings, the cells of the first
 * sheet (the form), and whose form it is (the title Excel shows in the file's properties).
 */
export function readForm(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const strings = [...strFromU8(parts['xl/sharedStrings.xml']!).matchAll(/<si>(.*?)<\/si>/gs)].map(
    (si) => unescapeXml([...si[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
  const cells = new Map<string, string>();
  for (const c of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const value = /<v>(.*?)<\/v>/s.exec(c[3] ?? '')?.[1];
    if (value !== undefined)
      cells.set(c[1]!, / t="s"/.test(c[2]!) ? strings[Number(value)]! : value);
  }
  const title = unescapeXml(
    /<dc:title>(.*?)<\/dc:title>/s.exec(strFromU8(parts['docProps/core.xml']!))![1]!,
  );
  const owner = title.slice(title.lastIndexOf(' – ') + 3);
  const header = [...cells].find(([, text]) => text.startsWith('Intensität'))!;
  const intensityColumn = /^[A-Z]+/.exec(header[0])![0];
  const headerRow = Number(/\d+$/.exec(header[0])![0]);
  /** The column of the question whose header starts with `label`. */
  const columnOf = (label: string) => {
    const found = [...cells].find(
      ([ref, text]) => Number(/\d+$/.exec(ref)![0]) === headerRow && text.startsWith(label),
    )!;
    return /^[A-Z]+/.exec(found[0])![0];
  };
  const rows = [...cells]
    .filter(([ref]) => /^A\d+$/.test(ref) && Number(ref.slice(1)) > headerRow)
    .map(([ref, name]) => ({ row: Number(ref.slice(1)), name }));
  return { parts, sheet, owner, intensityColumn, columnOf, rows };
}

export type Form = ReturnType<typeof readForm>;

/**
 * Answers typed into the form's cells the way Excel keeps a typed text, as inline strings in the
 * sheet's XML — written here by hand, not by our writer. Each answer: the other partner, the
 * column (the intensity's by default) and the text chosen from its list.
 */
export function fillForm(
  form: Form,
  answers: readonly { about: string; text: string; column?: string }[],
): Uint8Array {
  let sheet = form.sheet;
  for (const { about, text, column } of answers) {
    const row = form.rows.find((r) => r.name === about)!.row;
    const ref = `${column ?? form.intensityColumn}${row}`;
    const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>.*?</c>)`, 's');
    expect(cell.test(sheet)).toBe(true);
    sheet = sheet.replace(
      cell,
      (_all, attributes: string) =>
        `<c r="${ref}"${attributes.replace(/ t="[^"]*"/, '')} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`,
    );
  }
  return zipSync({ ...form.parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) });
}

/** The one answer of the first browser test: the intensity about one other partner. */
export function answer(form: Form, about: string, text: string): Uint8Array {
  return fillForm(form, [{ about, text }]);
}
