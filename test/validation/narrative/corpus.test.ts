import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";

interface Case {
  /** A sentence in the reports' own register. */
  readonly text: string;
  /** Codes of the problems (errors and warnings) it must raise, no more, no less. */
  readonly problems: readonly string[];
  /** Codes of checks that must have run and passed (info with includeChecks). */
  readonly checks: readonly string[];
  readonly note: string;
}

const corpus = JSON.parse(readFileSync(new URL("./corpus.json", import.meta.url), "utf8")) as Case[];

describe("narrative corpus", () => {
  it("has at least 60 sentences, right and wrong", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((c) => c.problems.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((c) => c.problems.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus.map((c) => [c.note, c] as const))("%s", (_note, c) => {
    const problems = checkNarrative(c.text).map((f) => f.code);
    expect([...problems].sort()).toEqual([...c.problems].sort());
    const all = checkNarrative(c.text, { includeChecks: true });
    const checks = new Set(all.filter((f) => f.severity === "info").map((f) => f.code));
    for (const code of c.checks) expect(checks, `${code} in ${[...checks].join(", ")}`).toContain(code);
    for (const f of all) expect(c.text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});
