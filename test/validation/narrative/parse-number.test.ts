import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatViNumber } from "../../../src/format/index.js";
import { parseViNumber } from "../../../src/validation/narrative/index.js";
import { viNumberArb } from "../../../src/testing/index.js";

describe("parseViNumber", () => {
  it.each([
    ["3.454.035", 3_454_035, 0],
    ["99,91", 99.91, 2],
    ["0,5", 0.5, 1],
    ["1,5 triệu", 1_500_000, -5],
    ["2,1 tỷ", 2_100_000_000, -8],
    ["2,1 tỉ", 2_100_000_000, -8],
    ["157,9 tỷ", 157_900_000_000, -8],
    ["109,8 nghìn", 109_800, -2],
    ["12 ngàn", 12_000, -3],
    ["1,2 nghìn tỷ", 1_200_000_000_000, -11],
    ["1.4K", 1400, -2],
    ["2M", 2_000_000, -6],
    ["02", 2, 0],
    ["0", 0, 0],
    ["1.234", 1234, 0], // Vietnamese grouping: one thousand two hundred thirty-four
    ["1,5", 1.5, 1], // Vietnamese decimal: one and a half
    ["1,234", 1.234, 3],
    ["3,002648", 3.002648, 6],
    ["1.234.567,89", 1_234_567.89, 2],
    ["1,234,567", 1_234_567, 0], // English grouping is still read
    ["1,234.5", 1234.5, 1],
    ["1.4", 1.4, 1], // English decimal point
    ["0.123", 0.123, 3],
    ["99,7%", 99.7, 1],
    ["100 %", 100, 0],
    ["  1.200  ", 1200, 0],
    ["1,5\u00a0triệu", 1_500_000, -5], // a non-breaking space from Word
  ] as const)("%s → %d (decimals %d)", (text, value, decimals) => {
    expect(parseViNumber(text)).toEqual({ value, decimals });
  });

  it.each(["3.002648", "1.23.456", "1.2345", "12.34.567", "1,23,456", "1.234,5.6", "0.123.456", "1234.567", "", "abc", "1,5 triệu đồng", "-", "1/2", "12a", "..."])(
    "rejects %j",
    (text) => {
      expect(parseViNumber(text)).toBeUndefined();
    },
  );

  it("reads NFD input the same as NFC", () => {
    expect(parseViNumber("1,5 triệu".normalize("NFD"))).toEqual({ value: 1_500_000, decimals: -5 });
  });

  it("never throws and only returns finite numbers", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseViNumber(s);
        if (r !== undefined) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
    expect(parseViNumber(undefined as unknown as string)).toBeUndefined();
  });

  it("reads back every integer formatViNumber writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseViNumber(formatViNumber(n))).toEqual({ value: n, decimals: 0 });
      }),
    );
  });

  it("reads back numbers as reports write them (1.234,56 · 99,7% · 1,5 triệu), exactly, with their precision", () => {
    fc.assert(
      fc.property(viNumberArb(fc, ["integer", "decimal", "percent", "scaled"]), (n) => {
        expect(parseViNumber(n.text)).toEqual({ value: n.value, decimals: n.decimals });
      }),
    );
  });

});
