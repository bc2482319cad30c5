/**
 * Right/wrong twins for the readings' unit tests (briefs r6, r7): a right sentence must stay quiet,
 * and its twin with one figure changed must be caught on that figure by a code of the given family.
 */
import { expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";

/** The codes of the changes family (as real-score.ts FAMILIES groups them). */
export const CHANGES = ["difference_mismatch", "change_percent_mismatch", "point_change_mismatch", "multiple_mismatch", "remainder_mismatch"];
/** The code of the averages family. */
export const AVERAGES = ["average_mismatch"];

/** The errors and warnings on a text, as "code excerpt". */
export const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);

/** Whether an error or warning of one of `codes` is raised on an excerpt holding `figure`. */
export const caughtOn = (codes: readonly string[], text: string, figure: string): boolean =>
  alarmsOf(checkNarrative(text)).some((f) => codes.includes(f.code) && f.excerpt.includes(figure));

/** Runs [right sentence, figure as right, figure as wrong] cases: quiet on the right one, caught on the wrong twin. */
export function twins(codes: readonly string[], cases: readonly (readonly [string, string, string])[]): void {
  for (const [text, right, wrong] of cases) {
    it(`quiet: ${text.slice(0, 70)}`, () => expect(alarms(text)).toEqual([]));
    it(`caught: ${wrong} for ${right}`, () => {
      const twin = text.replace(right, wrong);
      expect(twin).not.toBe(text);
      // The excerpt holds the wrong figure's digits (its unit may fall outside it).
      expect(caughtOn(codes, twin, /\d[\d.,]*/u.exec(wrong)?.[0] ?? wrong)).toBe(true);
    });
  }
}
