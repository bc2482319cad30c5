/**
 * Scores the narrative checker on a per-rule corpus: how many wrong sentences it catches with
 * the rule's codes (the finding's excerpt holding the wrong figure), and how many errors and
 * warnings it raises on right ones. Used by corpora.test.ts and by hand while tuning.
 */
import { readdirSync, readFileSync } from "node:fs";
import { checkDocument, checkNarrative, type NarrativeFinding } from "../../../../src/validation/narrative/index.js";

export interface CorpusCase {
  readonly text?: string;
  readonly paragraphs?: readonly { text: string; path: string }[];
  readonly wrong: boolean;
  readonly half: "tune" | "held";
  readonly frame: number;
  readonly figure?: string;
  /** Checked as NFD text (the file keeps NFC). */
  readonly nfd?: boolean;
}

export interface Corpus {
  readonly rule: string;
  readonly codes: readonly string[];
  readonly cases: readonly CorpusCase[];
}

export interface Score {
  readonly wrong: number;
  readonly caught: number;
  readonly right: number;
  readonly falseErrors: number;
  readonly falseWarnings: number;
  readonly misses: readonly CorpusCase[];
  readonly alarms: readonly { case: CorpusCase; findings: readonly NarrativeFinding[] }[];
}

const dir = new URL("./", import.meta.url);

/** Every corpus file of this folder. */
export function corpora(): Corpus[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Corpus);
}

/** The findings on one case: a sentence through checkNarrative, a document through checkDocument. */
export function findingsOf(c: CorpusCase): readonly NarrativeFinding[] {
  if (c.paragraphs !== undefined) return checkDocument(c.paragraphs);
  return checkNarrative(textOf(c));
}

/** The text a sentence case is checked as (NFD when the case says so). */
export function textOf(c: CorpusCase): string {
  return c.nfd === true ? (c.text ?? "").normalize("NFD") : (c.text ?? "");
}

/** The score on one half of a corpus. */
export function score(corpus: Corpus, half: "tune" | "held"): Score {
  let caught = 0;
  let falseErrors = 0;
  let falseWarnings = 0;
  const misses: CorpusCase[] = [];
  const alarms: { case: CorpusCase; findings: readonly NarrativeFinding[] }[] = [];
  const cases = corpus.cases.filter((c) => c.half === half);
  for (const c of cases) {
    const found = findingsOf(c);
    if (c.wrong) {
      const hit = found.some((f) => corpus.codes.includes(f.code) && (c.figure === undefined || f.excerpt.normalize("NFC").includes(c.figure)));
      if (hit) caught++;
      else misses.push(c);
    } else {
      const errors = found.filter((f) => f.severity === "error").length;
      const warnings = found.filter((f) => f.severity === "warning").length;
      if (errors > 0) falseErrors++;
      if (warnings > 0) falseWarnings++;
      if (errors + warnings > 0) alarms.push({ case: c, findings: found });
    }
  }
  const wrong = cases.filter((c) => c.wrong).length;
  return { wrong, caught, right: cases.length - wrong, falseErrors, falseWarnings, misses, alarms };
}
