/**
 * What an application ships when it bundles the core entry: the built `dist/index.js` (ESM, one
 * file per module), bundled and minified with esbuild the way a browser application would (zod
 * left out, as the application brings its own copy), gzipped.
 *
 * Two kinds of budget (issue 8 asked ≤ 40 kB for the core entry; see docs/performance.md):
 * - what an application pays for the functions it imports (tree-shaken), per use case: the
 *   heaviest, `validateReport` (every rule, the narrative checker, the catalog and the outline),
 *   fitted the 40 kB until issue 13's prose rules (47 kB since); parsing and periods alone are
 *   about 8 kB;
 * - the whole entry, every export at once, is about 67 kB, not 40: the catalog's 213 elements,
 *   indicators and scores with their Vietnamese labels and legal bases, rollup, composition and
 *   crosswalks, and bilingual message tables. Its budget stops it growing; the 40 kB goal for
 *   importing everything is not met.
 */
import { describe, expect, it } from "vitest";
import { built, bundleApp } from "./built.js";

const kB = 1024;

const bundle = (imports: string | null) => bundleApp(built("index.js"), imports ?? undefined);

/** Use case → imports → budget (min + gzip, without zod); measured sizes on 2026-11-23 in comments. */
const USE_CASES: readonly (readonly [string, string, number])[] = [
  ["parse a report, periods, Vietnamese numbers", "parseReport, safeParseReport, cutoffRange, periodLabel, formatViNumber, formatViPercent", 10 * kB], // 7,9 kB,
  // Issue 13 added eight prose rules with their bilingual messages: 9,6 → 18,2 kB on 2026-11-30.
  ["check prose figures", "checkNarrative, parseViNumber", 20 * kB], // 18,2 kB,
  ["catalog and indicators", "indicatorCatalog, evaluateIndicators, compareValues", 14 * kB], // 11,4 kB,
  ["rollup", "rollup, evaluateIndicators", 24 * kB], // 20,4 kB,
  // 38,2 → 47,2 kB with the issue 13 prose rules: issue 8's 40 kB goal is no longer met here.
  ["validate a report", "validateReport", 49 * kB], // 47,2 kB,
];

describe("core entry (de-an-06), min + gzip without zod", () => {
  for (const [name, imports, budget] of USE_CASES) {
    it(`${name} (${imports}) ≤ ${budget / kB} kB`, async () => {
      const { bytes, gzip } = await bundle(imports);
      expect(bytes.length).toBeGreaterThan(1000);
      expect(gzip).toBeLessThanOrEqual(budget);
    });
  }

  it("the whole entry ≤ 70 kB (67,2 kB; the 40 kB goal is not met for everything at once)", async () => {
    const { bytes, gzip } = await bundle(null);
    expect(bytes.length).toBeGreaterThan(100 * kB);
    expect(gzip).toBeLessThanOrEqual(70 * kB);
  });

  it("tree-shakes: parsing alone ships less than a sixth of the whole entry", async () => {
    const [part, whole] = await Promise.all([bundle("parseReport"), bundle(null)]);
    expect(part.gzip * 6).toBeLessThan(whole.gzip);
  });
});
