import { describe, expect, it } from "vitest";
import { catalogKind, findElement, findIndicator, findScore } from "../../src/index.js";
import { FIXTURE_NAMES, loadReport } from "../fixtures/index.js";

/** Every key under values / stated / flags of a report and of its comparisons, with where it sits. */
function figureKeys(name: (typeof FIXTURE_NAMES)[number]): { where: string; id: string }[] {
  const r = loadReport(name);
  const out: { where: string; id: string }[] = [];
  const add = (where: string, o: Readonly<Record<string, unknown>> | undefined) => {
    for (const id of Object.keys(o ?? {})) out.push({ where, id });
  };
  add("values", r.values);
  add("stated", r.stated);
  add("flags", r.flags);
  for (const [k, c] of Object.entries(r.comparisons ?? {})) {
    add(`comparisons.${k}.values`, c?.values);
    add(`comparisons.${k}.stated`, c?.stated);
    add(`comparisons.${k}.flags`, c?.flags);
  }
  return out;
}

describe("the catalog covers every figure of the seed fixtures", () => {
  it("has all three fixtures", () => {
    expect(FIXTURE_NAMES).toHaveLength(3);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: every figure key is a catalog element, indicator or score`, () => {
      const keys = figureKeys(name);
      expect(keys.length).toBeGreaterThan(5);
      const unknown = keys.filter((k) => catalogKind(k.id) === undefined).map((k) => `${k.where}.${k.id}`);
      expect(unknown).toEqual([]);
    });

    it(`${name}: values are elements (counts, amounts, yes/no) of the right kind`, () => {
      const r = loadReport(name);
      for (const [id, v] of Object.entries(r.values)) {
        const e = findElement(id);
        expect(e, `values.${id} must be a data element`).toBeDefined();
        expect(e?.kind === "boolean", `values.${id}`).toBe(typeof v === "boolean");
      }
    });

    it(`${name}: stated scores stay within their maxima and stated rates within 0–100`, () => {
      const r = loadReport(name);
      for (const [id, s] of Object.entries(r.stated)) {
        const score = findScore(id);
        if (score?.max !== undefined) expect(s.value, id).toBeLessThanOrEqual(score.max);
        if (findIndicator(id)?.unit === "%") expect(s.value, id).toBeLessThanOrEqual(100);
      }
    });
  }
});
