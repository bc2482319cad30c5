/**
 * Scores the narrative checker on a file of real sentences (real-sentences-2.json, -3.json): how many
 * one-figure mutations it catches on the changed figure, and how many errors and warnings it
 * raises on the sentences as published. Used by real-sentences-2.test.ts and by hand while tuning
 * (`npx tsx test/validation/narrative/real-score.ts`).
 */
import { readFileSync } from "node:fs";
import { checkNarrative, type NarrativeFinding } from "../../../src/validation/narrative/index.js";

export interface RealSentence {
  readonly text: string;
  readonly source: string;
  readonly half?: "tune" | "held";
  readonly slip?: string;
  readonly note?: string;
  readonly mutatedFrom?: string;
  readonly changed?: string;
  readonly expectCode?: string;
  readonly missed?: string;
}

/**
 * Codes that say the same thing about the same figure: a wrong share is `percent_mismatch` from
 * the fraction rule and `ratio_mismatch` from the ratio-statement rule; parts against a total are
 * judged by the split, breakdown and part-whole rules; a change by the difference rule in one of
 * three codes. A mutation is caught by any code of its family raised on the changed figure.
 */
export const FAMILIES: readonly (readonly string[])[] = [
  ["percent_mismatch", "ratio_mismatch"],
  ["parts_exceed_total", "parts_total_mismatch", "split_total_mismatch", "part_exceeds_whole"],
  ["difference_mismatch", "change_percent_mismatch", "point_change_mismatch", "multiple_mismatch", "remainder_mismatch"],
  ["average_mismatch"],
  ["list_count_mismatch"],
];

const family = (code: string | undefined): readonly string[] => FAMILIES.find((f) => f.includes(code ?? "")) ?? [code ?? ""];

export function load(name = "real-sentences-2.json"): RealSentence[] {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8")) as RealSentence[];
}

/** The changed figure of a mutated copy, as written after the arrow. */
export function changedFigure(r: RealSentence): string {
  const to = r.changed?.split(" → ")[1] ?? "";
  return /\d[\d.,]*\d|\d/u.exec(to)?.[0] ?? /(?<![\p{L}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])/u.exec(to)?.[0] ?? "";
}

/** Whether a finding of the expected family is raised on the changed figure. */
export function caught(r: RealSentence, found: readonly NarrativeFinding[] = checkNarrative(r.text)): boolean {
  const codes = family(r.expectCode);
  const figure = changedFigure(r);
  return found.some((f) => codes.includes(f.code) && f.excerpt.includes(figure));
}

/** The errors and warnings on a sentence as published. */
export function alarms(r: RealSentence): NarrativeFinding[] {
  return checkNarrative(r.text).filter((f) => f.severity !== "info");
}

export interface RealScore {
  readonly mutated: number;
  readonly caught: number;
  readonly real: number;
  readonly falseErrors: number;
  readonly falseWarnings: number;
  readonly slipsFound: number;
  readonly slips: number;
  readonly misses: readonly RealSentence[];
  readonly falseAlarms: readonly { r: RealSentence; found: readonly NarrativeFinding[] }[];
}

/** The score on one half (or on all). */
export function score(all: readonly RealSentence[], half?: "tune" | "held"): RealScore {
  const rows = all.filter((r) => half === undefined || r.half === half);
  const mutated = rows.filter((r) => r.mutatedFrom !== undefined);
  const real = rows.filter((r) => r.mutatedFrom === undefined);
  const misses = mutated.filter((m) => !caught(m));
  let falseErrors = 0;
  let falseWarnings = 0;
  let slipsFound = 0;
  const falseAlarms: { r: RealSentence; found: readonly NarrativeFinding[] }[] = [];
  for (const r of real) {
    const found = alarms(r);
    // A slip of the source is expected: its finding is not a false alarm; any other one is.
    const other = r.slip === undefined ? found : found.filter((f) => !family(r.expectCode).includes(f.code));
    if (r.slip !== undefined && found.length > other.length) slipsFound++;
    if (other.some((f) => f.severity === "error")) falseErrors++;
    if (other.some((f) => f.severity === "warning")) falseWarnings++;
    if (other.length > 0) falseAlarms.push({ r, found: other });
  }
  return {
    mutated: mutated.length,
    caught: mutated.length - misses.length,
    real: real.length,
    falseErrors,
    falseWarnings,
    slipsFound,
    slips: real.filter((r) => r.slip !== undefined).length,
    misses,
    falseAlarms,
  };
}

if (process.argv[1]?.endsWith("real-score.ts")) {
  // `npx tsx test/validation/narrative/real-score.ts [real-sentences-3.json] [-v]`
  const all = load(process.argv.find((a) => a.endsWith(".json")));
  for (const half of ["tune", "held"] as const) {
    const s = score(all, half);
    console.log(`${half}: caught ${s.caught}/${s.mutated}, false errors ${s.falseErrors}/${s.real}, false warnings ${s.falseWarnings}/${s.real}, slips found ${s.slipsFound}/${s.slips}`);
    // Details of the tune half only: the held-back half is measured, never read while tuning.
    if (process.argv.includes("-v") && half === "tune") {
      for (const m of s.misses) console.log(`  MISS [${m.expectCode}] ${m.changed}${m.missed ? `  (${m.missed})` : ""}`);
      for (const a of s.falseAlarms) for (const f of a.found) console.log(`  FALSE ${f.severity} ${f.code}: ${f.excerpt}`);
    }
  }
}
