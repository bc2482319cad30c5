import { describe, expect, it } from "vitest";
import { formatPlaceDate, formatViDate, formatViNumber, formatViPercent, formatViRatio } from "../../src/index.js";

describe("formatViNumber", () => {
  it.each([
    [3454035, undefined, "3.454.035"],
    [0, undefined, "0"],
    [999, undefined, "999"],
    [1000, undefined, "1.000"],
    [-1200, undefined, "-1.200"],
    [157.9, 1, "157,9"],
    [99.91, undefined, "99,91"],
    [1234567.891, 2, "1.234.567,89"],
    [Number.NaN, undefined, "—"],
    [Number.POSITIVE_INFINITY, 1, "—"],
    [-0.01, 1, "0,0"],
  ])("%s (%s) → %s", (v, d, out) => expect(formatViNumber(v, d)).toBe(out));
});

describe("formatViPercent / formatViRatio", () => {
  it("writes the stated precision", () => {
    expect(formatViPercent(99.687, 1)).toBe("99,7%");
    expect(formatViPercent(100, 0)).toBe("100%");
    expect(formatViPercent(32.08, 2)).toBe("32,08%");
  });
  it("ratio drops a trailing ,0 and never prints NaN", () => {
    expect(formatViRatio(956, 959)).toBe("99,7%");
    expect(formatViRatio(534, 534)).toBe("100%");
    expect(formatViRatio(1, 0)).toBe("—");
  });
});

describe("formatViDate (Nghị định 30/2020 leading zeros)", () => {
  it.each([
    ["2026-05-08", "ngày 08 tháng 5 năm 2026"],
    ["2026-02-15", "ngày 15 tháng 02 năm 2026"],
    ["2026-01-01", "ngày 01 tháng 01 năm 2026"],
    ["2026-12-25", "ngày 25 tháng 12 năm 2026"],
    ["2024-02-29", "ngày 29 tháng 02 năm 2024"],
  ])("%s → %s", (iso, out) => expect(formatViDate(iso)).toBe(out));

  it("throws a RangeError naming an impossible date", () => {
    expect(() => formatViDate("2026-02-29")).toThrow(/2026-02-29/);
    expect(() => formatViDate("2026-13-01")).toThrow(RangeError);
  });

  it("writes the place-and-date line, with blanks for an undated draft", () => {
    expect(formatPlaceDate("Đông Cứu", "2026-05-08")).toBe("Đông Cứu, ngày 08 tháng 5 năm 2026");
    expect(formatPlaceDate("Nghệ An", null, 2026)).toBe("Nghệ An, ngày     tháng     năm 2026");
  });
});
