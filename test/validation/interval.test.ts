import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intervalsMeet, isConsistent, statedInterval, sumIntervals } from "../../src/validation/interval.js";

describe("statedInterval (XBRL Calculations 1.1)", () => {
  it("a value with d decimals stands for ± half a unit of its last digit", () => {
    const i = statedInterval({ value: 99.7, decimals: 1 });
    expect(i.low).toBeCloseTo(99.65, 12);
    expect(i.high).toBeCloseTo(99.75, 12);
    expect(statedInterval({ value: 157_900_000_000, decimals: -8 })).toEqual({ low: 157_850_000_000, high: 157_950_000_000 });
  });
  it("qualifiers widen it honestly", () => {
    expect(statedInterval({ value: 1200, decimals: 0, qualifier: "hơn" })).toEqual({ low: 1199.5, high: Infinity });
    expect(statedInterval({ value: 450_000, decimals: 0, qualifier: "trên" }).high).toBe(Infinity);
    expect(statedInterval({ value: 4000, decimals: 0, qualifier: "gần" })).toEqual({ low: 0, high: 4000.5 });
    expect(statedInterval({ value: 100, decimals: 0, qualifier: "khoảng", tolerance: 5 })).toEqual({ low: 94.5, high: 105.5 });
    expect(statedInterval({ value: 100, decimals: 0, qualifier: "xấp xỉ" })).toEqual({ low: 89.5, high: 110.5 });
  });
});

describe("isConsistent", () => {
  it.each([
    [956, 959, 99.7, 1, true],
    [956, 959, 99.8, 1, false],
    [956, 959, 99.69, 2, true],
    [956, 959, 99.68, 2, false],
    [534, 534, 100, 0, true],
    [2_999_991, 3_002_648, 99.91, 2, true],
    [73_796, 281_753, 26, 0, true],
    [968, 1054, 91.8, 1, true],
    [968, 1054, 92, 0, true],
    [968, 1054, 91, 0, false],
  ])("%i/%i vs %f (%i decimals) → %s", (n, d, v, dec, ok) => {
    expect(isConsistent((n / d) * 100, { value: v, decimals: dec })).toBe(ok);
  });
  it("boundaries count as consistent (no false alarm from rounding)", () => {
    expect(isConsistent(99.65, { value: 99.7, decimals: 1 })).toBe(true);
    expect(isConsistent(99.75, { value: 99.7, decimals: 1 })).toBe(true);
    expect(isConsistent(Number.NaN, { value: 99.7, decimals: 1 })).toBe(false);
  });
  it("any ratio is consistent with its own correctly rounded value (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (d, nRaw, dec) => {
        const n = nRaw % (d + 1);
        const exact = (n / d) * 100;
        const written = Number(exact.toFixed(dec));
        expect(isConsistent(exact, { value: written, decimals: dec })).toBe(true);
      }),
    );
  });
});

describe("intervalsMeet / sumIntervals", () => {
  it("a rounded total meets the sum of its rounded parts", () => {
    const parts = [statedInterval({ value: 1.2, decimals: 1 }), statedInterval({ value: 3.4, decimals: 1 })];
    expect(intervalsMeet(statedInterval({ value: 4.6, decimals: 1 }), sumIntervals(parts))).toBe(true);
    expect(intervalsMeet(statedInterval({ value: 4.9, decimals: 1 }), sumIntervals(parts))).toBe(false);
  });
});
