import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareValues, parsePeriod } from "../../src/index.js";
import { loadReport } from "../fixtures/index.js";

describe("compareValues", () => {
  it("writes the seed's phrase from its figures (003: tăng 453.684 lượt so với tháng 01/2026)", () => {
    const r = loadReport("003-nghe-an-2026-02");
    const prev = r.comparisons?.previous;
    const c = compareValues(r.values["yte.luot_tra_cuu_can_cuoc"] as number, prev?.values["yte.luot_tra_cuu_can_cuoc"] as number, {
      period: prev?.period,
      unit: "lượt",
    });
    expect(c).toMatchObject({ absolute: 453684, direction: "up", phrase: "tăng 453.684 lượt so với tháng 01/2026" });
    expect(c?.relative).toBeCloseTo(3.961, 3);
    expect(c?.percentagePoints).toBeUndefined();
  });

  it("writes percentage points for ratios, against the same period last year", () => {
    const c = compareValues(95.5, 97.6, { against: "samePeriodLastYear", period: "202502", unit: "%" });
    expect(c).toMatchObject({ absolute: -2.1, percentagePoints: -2.1, direction: "down" });
    expect(c?.phrase).toBe("giảm 2,1 điểm phần trăm so với cùng kỳ năm 2025");
    expect(compareValues(99.7, 97.6, { kind: "ratio", against: "samePeriodLastYear", currentPeriod: "2026S1" })?.phrase).toBe(
      "tăng 2,1 điểm phần trăm so với cùng kỳ năm 2025",
    );
  });

  it("says 'tương đương' when the change rounds to nothing", () => {
    expect(compareValues(100, 100, { against: "samePeriodLastYear", unit: "%" })?.phrase).toBe("tương đương cùng kỳ");
    expect(compareValues(99.71, 99.68, { against: "samePeriodLastYear", period: parsePeriod("2025")!, unit: "%" })).toMatchObject({
      direction: "same",
      phrase: "tương đương cùng kỳ năm 2025",
    });
    expect(compareValues(5, 5)?.phrase).toBe("tương đương kỳ trước");
  });

  it("works out the earlier period from the current one and falls back to generic words", () => {
    expect(compareValues(10, 12, { currentPeriod: "2026Q1", unit: "hồ sơ" })?.phrase).toBe("giảm 2 hồ sơ so với quý IV năm 2025");
    expect(compareValues(10, 12, { against: "samePeriodLastYear" })?.phrase).toBe("giảm 2 so với cùng kỳ năm trước");
    expect(compareValues(10, 12, { period: "không phải kỳ" })?.phrase).toBe("giảm 2 so với kỳ trước");
    expect(compareValues(1_500_000, 1_000_000, { unit: "đồng", style: "both", period: "202604" })?.phrase).toBe(
      "tăng 500.000 đồng (50,0%) so với tháng 04/2026",
    );
    expect(compareValues(150, 100, { style: "relative", against: "samePeriodLastYear", period: "2025-01-01_2025-03-31" })?.phrase).toBe(
      "tăng 50,0% so với cùng kỳ năm 2025",
    );
  });

  it("has no relative change from 0 and no comparison without two finite values", () => {
    expect(compareValues(7, 0, { style: "relative" })).toMatchObject({ relative: undefined, phrase: "tăng 7 so với kỳ trước" });
    expect(compareValues(undefined, 3)).toBeUndefined();
    expect(compareValues(3, Number.NaN)).toBeUndefined();
    expect(compareValues(Number.POSITIVE_INFINITY, 3)).toBeUndefined();
  });

  it("properties: direction agrees with the sign, the phrase never shows NaN, swapping flips the direction", () => {
    const v = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(v, v, fc.boolean(), (a, b, ratio) => {
        const c = compareValues(a, b, { kind: ratio ? "ratio" : "count" })!;
        const d = compareValues(b, a, { kind: ratio ? "ratio" : "count" })!;
        expect(c.phrase).not.toMatch(/NaN|Infinity|undefined/);
        if (c.direction === "up") expect(a).toBeGreaterThan(b);
        if (c.direction === "down") expect(a).toBeLessThan(b);
        expect(d.direction).toBe(c.direction === "up" ? "down" : c.direction === "down" ? "up" : "same");
        if (c.relative !== undefined) expect(Number.isFinite(c.relative)).toBe(true);
      }),
    );
  });
});
