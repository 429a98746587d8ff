/**
 * The plain data of a survey round (Netzwerkbefragung): what is set up, what comes back, what the
 * merge makes of it. Plain objects and arrays only, so they cross a worker and a project file.
 */

/** A partner as the round's forms list it: enough to write and to recognise the forms. */
export interface RoundPartner {
  id: string;
  name: string;
  /** Sektor; "" when unknown. */
  sector: string;
}

/** One survey round: set up once, its forms sent out, its returns read against it. */
export interface SurveyRound {
  /** Stable key written into every form: a return of another round is refused. */
  id: string;
  /** "Befragung 2025". */
  name: string;
  /** ISO date (YYYY-MM-DD) the round was set up. */
  created: string;
  instrument: { id: string; version: string };
  /** Every partner the forms list, in the forms' order: by sector, then by name. */
  partners: RoundPartner[];
  /** IDs of the partners asked to answer, one form each (default: all). */
  asked: string[];
  /** IDs of the questions asked, in the instrument's order. */
  items: string[];
  /** The coordinator's words for the instructions (whom to send the form to, by when); may be "". */
  note: string;
}

/** One partner's answers about one other partner: item ID → option code; blank items are absent. */
export interface PairAnswer {
  partner: string;
  values: Record<string, number>;
  /** Row of the form (or of the entry) it came from; null when unknown. */
  line: number | null;
}

/** Answers of a partner about itself, by item ID. */
export interface OwnAnswers {
  /** Checklist item → the option IDs answered "yes" and "no" (an option left blank is in neither). */
  checklists: Record<string, { yes: string[]; no: string[] }>;
  /** Free-text item → its non-empty lines, as written (e.g. names of missing partners). */
  texts: Record<string, string[]>;
  /** Scale item → the option code. */
  scales: Record<string, number>;
}

/**
 * One partner's return, from a form or typed in by hand: the same for the merge. A partner the
 * return has no row for is unknown to it (row deleted, partner not on the form), which is not the
 * same as a blank row: a blank row says "no contact" and is in `pairs` with no values.
 */
export interface SurveyResponse {
  respondent: string;
  /** The file name, or the label of the entry typed in ("Telefon, 12.05."). */
  source: string;
  kind: 'form' | 'entry';
  /**
   * When the answers were saved, as an ISO timestamp: the workbook's own "modified" property (set
   * by Excel and LibreOffice on saving), else the file's date, else the entry's; null if unknown.
   * Of two returns from one partner the later counts.
   */
  saved: string | null;
  pairs: PairAnswer[];
  own: OwnAnswers;
}

/**
 * Answers typed in by hand (a form filled on paper, an interview by phone): the entry mask fills
 * this. Values are option codes of the instrument; null or absent means left blank.
 */
export interface SurveyEntry {
  respondent: string;
  /** Names the entry in problems and as the response's source. */
  label: string;
  /** ISO timestamp of the entry (or of the paper form), used like a workbook's save time. */
  saved: string | null;
  rows: { partner: string; values: Record<string, number | null> }[];
  own?: Partial<{
    checklists: Record<string, Record<string, boolean | null>>;
    texts: Record<string, readonly string[]>;
    scales: Record<string, number | null>;
  }>;
}

/** How directed answers make an undirected tie. */
export interface MergeOptions {
  /** `either`: a tie named by either side; `both`: only a tie both sides name. */
  rule: 'either' | 'both';
  /** Where the two sides name different intensities: their mean (rounded half up), the higher, the lower. */
  intensity: 'mean' | 'max' | 'min';
}

export const DEFAULT_MERGE_OPTIONS: MergeOptions = { rule: 'either', intensity: 'mean' };
