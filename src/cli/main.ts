import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importNetwork, type InputFile, type TableKind } from '../core/import';
import { buildReport } from '../core/report/report';
import { describeProblem, type CliLanguage } from './messages';

const USAGE = `Netzwerkkarte – Kommandozeile

  npm run --silent cli -- analyse --partners P.csv --links L.csv [--out bericht.json]

Optionen:
  --partners FILE      Partnerliste (CSV, TXT oder XLSX)
  --links FILE         Kooperationsliste
  --matrix FILE        Kooperationsmatrix
  --offers FILE        Angebote
  --memberships FILE   Gremienmitgliedschaften
  --encoding NAME      Zeichensatz erzwingen (z. B. windows-1252, utf-8, utf-16le)
  --out FILE           Bericht in diese Datei schreiben (sonst Standardausgabe)
  --lang de|en         Sprache der Meldungen (Standard: de)

Exit-Codes: 0 erfolgreich, 1 Eingabe nicht auswertbar, 2 falscher Aufruf.`;

const FILE_OPTIONS: ReadonlyArray<[string, TableKind]> = [
  ['partners', 'partners'],
  ['links', 'cooperations'],
  ['matrix', 'matrix'],
  ['offers', 'offers'],
  ['memberships', 'memberships'],
];

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        partners: { type: 'string' },
        links: { type: 'string' },
        matrix: { type: 'string' },
        offers: { type: 'string' },
        memberships: { type: 'string' },
        encoding: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'de' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function analyse(values: ReturnType<typeof parse>['values'], io: CliIo): Promise<number> {
  const language: CliLanguage = values.lang === 'en' ? 'en' : 'de';
  if (values.lang !== 'de' && values.lang !== 'en') throw new UsageError(`--lang: de or en, not "${values.lang}"`);
  const files: InputFile[] = [];
  const kinds: Record<string, TableKind> = Object.create(null) as Record<string, TableKind>;
  for (const [option, kind] of FILE_OPTIONS) {
    const path = values[option as keyof typeof values];
    if (typeof path !== 'string') continue;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      io.stderr(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const name = basename(path);
    files.push({ name, bytes });
    kinds[name] = kind;
  }
  if (files.length === 0) throw new UsageError('analyse: --partners, --links or --matrix is required');
  const request = values.encoding === undefined ? { files, kinds } : { files, kinds, encoding: values.encoding };
  const result = await importNetwork(request);
  const report = buildReport(result.network, result.problems, (p) => describeProblem(p, language));
  for (const p of report.problems) {
    io.stderr(`${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.severity} ${p.code}: ${p.message}`);
  }
  if (result.fatal) return 1;
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (values.out === undefined) io.stdout(json);
  else await writeFile(values.out, json, 'utf8');
  return 0;
}

/** Runs the CLI and returns its exit code; all output goes through `io`. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    const [command] = positionals;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === 'analyse') return await analyse(values, io);
    throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`Netzwerkkarte: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
