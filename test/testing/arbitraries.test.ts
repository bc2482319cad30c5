import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../../src/testing/vitest.js"; // registers the matchers, as a vitest setup file would
import { indicatorCatalog, validationTables } from "../../src/index.js";
import { isConsistent } from "../../src/validation/interval.js";
import { parseViNumber } from "../../src/validation/narrative/parse-number.js";
import { validateReport } from "../../src/validation/index.js";
import {
  figureSetArb,
  inconsistentFiguresArb,
  parseStated,
  reportArb,
  reportFor,
  viNumberArb,
  withFigures,
} from "../../src/testing/index.js";



const FIGURE_RULES = /^(arithmetic|stated)\./;
const figureIssues = (issues: ReturnType<typeof validateReport>) => issues.filter((i) => FIGURE_RULES.test(i.rule));

describe("figureSetArb", () => {
  it.each(["xa", "tinh", "bo"] as const)("keeps every part within its whole and every breakdown exact (%s)", (level) => {
    const tables = validationTables(indicatorCatalog);
    fc.assert(
      fc.property(figureSetArb(fc, { level, omit: true }), ({ values, stated }) => {
        const n = (id: string) => (typeof values[id] === "number" ? (values[id] as number) : undefined);
        for (const { part, whole } of tables.partWhole) {
          const p = n(part.id);
          const w = n(whole.id);
          if (p !== undefined && w !== undefined) expect(p, `${part.id} ≤ ${whole.id}`).toBeLessThanOrEqual(w);
        }
        for (const b of tables.breakdowns) {
          const parts = b.parts.map(n);
          const total = n(b.total);
          if (total !== undefined && parts.every((x) => x !== undefined)) expect(parts.reduce((s, x) => s! + x!, 0)).toBe(total);
        }
        for (const [id, s] of Object.entries(stated)) {
          const ind = tables.indicators.get(id)!;
          // With `omit`, a stated ratio may stay without its counts (as reports do): not checkable.
          if (n(ind.numerator) === undefined || n(ind.denominator) === undefined) continue;
          expect(isConsistent((n(ind.numerator)! * ind.factor) / n(ind.denominator)!, s)).toBe(true);
          expect(Number.isSafeInteger(n(ind.numerator))).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("validation finds no arithmetic or stated-figure issue in them", () => {
    fc.assert(
      fc.property(figureSetArb(fc, { level: "xa" }), (f) => {
        expect(figureIssues(validateReport(reportFor("09487", "202605", withFigures(f))))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("inconsistentFiguresArb", () => {
  it("validation raises the issue attached to each broken figure set", () => {
    fc.assert(
      fc.property(inconsistentFiguresArb(fc, { level: "tinh" }), ({ figures, expected }) => {
        expect(validateReport(reportFor("40", "202602", withFigures(figures)))).toHaveIssue(expected.code, { path: expected.path });
      }),
      { numRuns: 80 },
    );
  });

  it("breaks only the relations asked for", () => {
    fc.assert(
      fc.property(inconsistentFiguresArb(fc, { codes: ["breakdown_mismatch"] }), ({ expected }) => {
        expect(expected.code).toBe("breakdown_mismatch");
      }),
      { numRuns: 20 },
    );
  });
});

describe("reportArb", () => {
  it.each(["xa", "tinh", "bo"] as const)("gives schema-valid reports of the level on which validation finds no error (%s)", (level) => {
    fc.assert(
      fc.property(reportArb(fc, { level }), (r) => {
        expect(r.unit.level).toBe(level);
        expect(validateReport(r)).toHaveNoErrors();
      }),
      { numRuns: 15 },
    );
  });
});

describe("viNumberArb", () => {
  it("writes numbers that parseViNumber reads back to their value and precision", () => {
    fc.assert(
      fc.property(viNumberArb(fc, ["integer", "decimal", "percent", "scaled"]), (n) => {
        expect(parseViNumber(n.text)).toEqual({ value: n.value, decimals: n.decimals });
      }),
    );
  });

  it("writes qualified numbers that parseStated reads with their qualifier", () => {
    fc.assert(
      fc.property(viNumberArb(fc, ["qualified"]), (n) => {
        expect(parseStated(n.text)).toEqual({ value: n.value, decimals: n.decimals, qualifier: n.qualifier, text: n.text });
      }),
    );
  });
});
