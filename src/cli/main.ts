import { writeFile } from 'node:fs/promises';
import { writeJsonFile } from './json-stream';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { EXACT_UP_TO, SAMPLED_SOURCES, type PathSampling } from '../core/analysis/path-sources';
import { analyseInput, type AnalyseInput } from './analyse';
import { defaultThreads, MOST_THREADS } from './sweep-threads';
import { generate } from './generate';
import { FILE_OPTIONS, UnreadableInput } from './inputs';
import { UsageError, type CliIo } from './io';
import type { CliLanguage } from './messages';
import { renderReport, UnusablePrevious } from './report';
import { writeShare } from './share';
import { survey, surveyForReport } from './survey';

export type { CliIo } from './io';

const USAGE = `Netzwerkkarte – Kommandozeile

  npm run --silent cli -- analyse --partners P.csv --links L.csv [--offers A.csv] [--memberships G.csv] [--out bericht.json]
  npm run --silent cli -- analyse --network stadt-a --network stadt-b [--out bericht.json]
  npm run --silent cli -- report --partners P.csv --links L.csv [--survey ordner] [--lang de|en] --out bericht.html
  npm run --silent cli -- share --partners P.csv --links L.csv [--pseudonymised] [--lang de|en] --out netzwerk.html
  npm run --silent cli -- generate --partners 200 [--seed 7] --out ordner
  npm run --silent cli -- survey forms --partners P.csv [--round NAME] [--lang de|en] --out ordner
  npm run --silent cli -- survey merge --partners P.csv --forms ordner [--rule either|both] [--intensity mean|max|min] --out ordner2

Befehle:
  analyse              Analyse, Lücken und Doppelstrukturen als JSON
  report               Netzwerkbericht als eigenständige HTML-Datei (druckfertig auf A4)
  share                Netzwerk als Datei teilen: Karte, Partnerliste und Kennzahlen in einer
                       HTML-Datei zum Ansehen ohne die App (lädt nichts nach, speichert nichts)
  generate             Beispielnetzwerk erzeugen: ordner/partner.csv und ordner/kooperationen.csv
  survey forms         Netzwerkbefragung: je Partner ein Fragebogen (.xlsx) in den Ordner
  survey merge         zurückgeschickte Fragebögen zusammenführen: ordner2/partner.csv,
                       ordner2/kooperationen.csv und ordner2/befragung.json

Optionen (analyse, report, share):
  --partners FILE      Partnerliste (CSV, TXT oder XLSX)
  --links FILE         Kooperationsliste
  --matrix FILE        Kooperationsmatrix
  --offers FILE        Angebote
  --memberships FILE   Gremienmitgliedschaften
  --network DIR        Ordner mit den Listen eines Netzwerks (Tabellen an den Kopfzeilen erkannt);
                       mehrmals angeben, um Netzwerke mehrerer Kommunen gemeinsam auszuwerten
  --catalogue FILE     eigener Referenzkatalog (JSON oder CSV) statt des mitgelieferten
  --overlap-threshold N  Gremien gelten ab dieser Überschneidung (0–1, Standard 0,5) als doppelt
  --encoding NAME      Zeichensatz erzwingen (z. B. windows-1252, utf-8, utf-16le)
  --exact              Brückenbauer und Nähe immer genau berechnen (bei 50.000 Partnern Minuten)
  --samples N          Brückenbauer und Nähe aus den kürzesten Wegen von N zufällig gewählten
                       Partnern je Teilnetz schätzen. Ohne beide Optionen: genau bis
                       ${EXACT_UP_TO.toLocaleString('de-DE')} Partner, darüber geschätzt mit N = ${SAMPLED_SOURCES.toLocaleString('de-DE')}
  --threads N          kürzeste Wege auf N Prozessorkerne verteilt berechnen (Standard: alle,
                       höchstens ${MOST_THREADS}; 1: nur einer); das Ergebnis ist dasselbe
  --out FILE           in diese Datei schreiben (analyse: sonst Standardausgabe)
  --lang de|en         Sprache der Meldungen und des Berichts (Standard: de)

Optionen (share):
  --pseudonymised      statt der Namen Einrichtungsart und Nummer; ohne Träger, Orte, Angebote,
                       Kontaktdaten, weitere Spalten und Art der Kooperationen
  --name TEXT          Name des Netzwerks (Standard: Ordner der Partnerliste)
  --date JJJJ-MM-TT    Tag, den die Datei nennt (Standard: heute)

Optionen (report):
  --title TEXT         Titel (Standard: Netzwerkbericht)
  --name TEXT          Name des Netzwerks (Standard: Ordner der Partnerliste)
  --date JJJJ-MM-TT    Stand des Berichts (Standard: heute)
  --previous FILE      JSON eines früheren "analyse"-Laufs zum Vergleich
  --previous-date JJJJ-MM-TT  Stand dieses früheren Laufs
  --survey DIR         Ordner mit den zurückgeschickten Fragebögen: Abschnitt „Netzwerkbefragung“
                       (Rücklauf, Vertrauen und Wert, verschiedene Angaben), zusammengeführt mit
                       der Partnerliste wie von "survey merge"; --rule, --intensity und --round
                       wie dort

Optionen (generate):
  --partners N         Zahl der Partner
  --seed S             Startwert; derselbe Wert ergibt dasselbe Netzwerk (Standard: 1)
  --out DIR            Zielordner (wird angelegt)

Optionen (survey):
  --partners FILE      Partnerliste
  --round NAME         Name der Befragung (forms: Standard „Befragung JJJJ“; merge: die Befragung
                       dieses Namens, wenn im Ordner Fragebögen mehrerer Befragungen liegen)
  --date JJJJ-MM-TT    forms: Datum der Befragung (Standard: heute)
  --lang de|en         Sprache der Fragebögen und der Meldungen (en: Spaltenköpfe deutsch / englisch)
  --forms DIR          merge: Ordner mit den zurückgeschickten Fragebögen
  --rule either|both   merge: Kooperation, wenn eine Seite sie nennt (Standard) oder nur beide
  --intensity mean|max|min  merge: Intensität, wo beide Seiten verschiedene nennen (Standard: mean)
  --out DIR            Zielordner (wird angelegt)

Exit-Codes: 0 erfolgreich, 1 Eingabe nicht auswertbar, 2 falscher Aufruf.`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

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
        network: { type: 'string', multiple: true },
        catalogue: { type: 'string' },
        'overlap-threshold': { type: 'string' },
        encoding: { type: 'string' },
        exact: { type: 'boolean' },
        samples: { type: 'string' },
        threads: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'de' },
        title: { type: 'string' },
        name: { type: 'string' },
        date: { type: 'string' },
        previous: { type: 'string' },
        'previous-date': { type: 'string' },
        survey: { type: 'string' },
        pseudonymised: { type: 'boolean' },
        seed: { type: 'string' },
        forms: { type: 'string' },
        round: { type: 'string' },
        rule: { type: 'string' },
        intensity: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

type Values = ReturnType<typeof parse>['values'];

function language(values: Values): CliLanguage {
  if (values.lang !== 'de' && values.lang !== 'en')
    throw new UsageError(`--lang: de or en, not "${values.lang}"`);
  return values.lang;
}

function overlapThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
    throw new UsageError(`--overlap-threshold: a number from 0 to 1, not "${text}"`);
  return value;
}

/** `--exact`, `--samples N` or neither: then the core's policy for large networks decides. */
function pathSampling(values: Values): PathSampling {
  const { exact, samples } = values;
  if (exact === true && samples !== undefined)
    throw new UsageError('--exact or --samples N, not both');
  if (exact === true) return 'exact';
  if (samples === undefined) return 'auto';
  if (!/^\d+$/u.test(samples) || Number(samples) < 1)
    throw new UsageError(`--samples: a whole number of at least 1, not "${samples}"`);
  return { samples: Number(samples) };
}

/** `--threads N`: at least 1; without it every core Node counts, at most {@link MOST_THREADS}. */
function threadCount(values: Values): number {
  const { threads } = values;
  if (threads === undefined) return defaultThreads();
  if (!/^\d+$/u.test(threads) || Number(threads) < 1)
    throw new UsageError(`--threads: a whole number of at least 1, not "${threads}"`);
  return Number(threads);
}

function isoDate(option: string, text: string | undefined): string | undefined {
  if (text !== undefined && !ISO_DATE.test(text))
    throw new UsageError(`${option}: a date as YYYY-MM-DD, not "${text}"`);
  return text;
}

function analyseOptions(command: string, values: Values): AnalyseInput {
  const files: Record<string, string | undefined> = Object.create(null) as Record<
    string,
    string | undefined
  >;
  for (const [option] of FILE_OPTIONS)
    files[option] = values[option as keyof Values] as string | undefined;
  const networks = values.network ?? [];
  const anyFile = FILE_OPTIONS.some(([option]) => files[option] !== undefined);
  if (!anyFile && networks.length === 0)
    throw new UsageError(`${command}: --partners, --links, --matrix or --network is required`);
  if (anyFile && networks.length > 0)
    throw new UsageError(`${command}: either table files or --network folders, not both`);
  return {
    files,
    networks,
    encoding: values.encoding,
    catalogue: values.catalogue,
    committeeOverlap: overlapThreshold(values['overlap-threshold']),
    paths: pathSampling(values),
    threads: threadCount(values),
    language: language(values),
  };
}

async function analyse(values: Values, io: CliIo): Promise<number> {
  const outcome = await analyseInput(analyseOptions('analyse', values), io);
  if (outcome.code !== 0) return outcome.code;
  // Into a file piece by piece: as one string, a large network's report needed its size again.
  if (values.out === undefined) io.stdout(`${JSON.stringify(outcome.report, null, 2)}\n`);
  else await writeJsonFile(outcome.report, values.out);
  return 0;
}

async function report(values: Values, io: CliIo): Promise<number> {
  const input = analyseOptions('report', values);
  if (values.out === undefined) throw new UsageError('report: --out FILE is required');
  const date = isoDate('--date', values.date);
  const previousDate = isoDate('--previous-date', values['previous-date']);
  const outcome = await analyseInput(input, io);
  if (outcome.code !== 0) return outcome.code;
  const surveyReport =
    values.survey === undefined
      ? undefined
      : await surveyForReport(
          outcome.network,
          basename(values.partners ?? values.network?.[0] ?? ''),
          {
            forms: values.survey,
            round: values.round,
            rule: values.rule,
            intensity: values.intensity,
            date,
            language: input.language,
          },
          io,
        );
  if (surveyReport === null) return 1;
  const html = await renderReport(outcome.report, outcome.network, {
    language: input.language,
    title: values.title,
    networkName: values.name ?? defaultNetworkName(values, outcome.networkNames),
    date,
    previous: values.previous,
    previousDate,
    ...(surveyReport === undefined ? {} : { survey: surveyReport }),
  });
  await writeFile(values.out, html, 'utf8');
  return 0;
}

async function share(values: Values, io: CliIo): Promise<number> {
  const input = analyseOptions('share', values);
  if (values.out === undefined) throw new UsageError('share: --out FILE is required');
  const date = isoDate('--date', values.date);
  const outcome = await analyseInput(input, io);
  if (outcome.code !== 0) return outcome.code;
  await writeShare(outcome.report, outcome.network, values.out, {
    language: input.language,
    networkName: values.name ?? defaultNetworkName(values, outcome.networkNames),
    pseudonymised: values.pseudonymised === true,
    date,
  });
  return 0;
}

/** The folders' names, or the folder the partner list lies in: how coordinators name their files. */
function defaultNetworkName(values: Values, networkNames: string[]): string {
  if (networkNames.length > 0) return networkNames.join(', ');
  const first = FILE_OPTIONS.map(([option]) => values[option as keyof Values]).find(
    (v) => typeof v === 'string',
  );
  return typeof first === 'string' ? basename(dirname(resolve(first))) : '';
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
    if (command === 'report') return await report(values, io);
    if (command === 'share') return await share(values, io);
    if (command === 'generate') return await generate(values.partners, values.seed, values.out, io);
    if (command === 'survey')
      return await survey(
        positionals[1],
        {
          partners: values.partners,
          forms: values.forms,
          out: values.out,
          round: values.round,
          rule: values.rule,
          intensity: values.intensity,
          date: isoDate('--date', values.date),
          encoding: values.encoding,
          catalogue: values.catalogue,
          language: language(values),
        },
        io,
      );
    throw new UsageError(
      command === undefined ? 'missing command' : `unknown command "${command}"`,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof UnreadableInput || error instanceof UnusablePrevious) {
      io.stderr(error.message);
      return 1;
    }
    io.stderr(`Netzwerkkarte: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments, writes to its streams and sets its exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}

// A sweep thread runs this file too (see sweep-threads.ts): only the process's own thread is the CLI.
const isMain =
  isMainThread &&
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) void main();
