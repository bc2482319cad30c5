import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchoredMatches, spaceCode } from "../../../src/validation/narrative/context.js";
import { matchesIn, stretches } from "../../../src/validation/narrative/rules/near.js";

// A marker scan confined to stretches near counts must find, among the matches that start where
// asked, exactly what a scan of the whole text finds there.

const MARKER = /[Rr]iêng|[Tt]rong số (?:đó|này)|[Cc]hỉ có|[Ss]ố [^\s\d(,.;:]+(?: [^\s\d(,.;:]+)?/y;
const CUT = (c: number): boolean => (c !== 0x20 && spaceCode(c)) || (c ^ 0x30) < 10 || c === 0x28 || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a;
const scan = (s: string, within?: number[]) =>
  within === undefined ? anchoredMatches(s, ["êng", "ố ", "ó"], MARKER, 12, "RrTtCcSs") : matchesIn(s, within, ["êng", "ố ", "ó"], MARKER, 12, "RrTtCcSs");

/** Texts of marker pieces, words, digits and breaks, so that matches overlap, chain and touch the stretches' ends. */
const text = fc
  .array(fc.constantFrom("số ", "Số ", "riêng", "trong số đó", "chỉ có ", "xã ", "hồ sơ", " ", "  ", "5", "12 ", ", ", ". ", "\n", "(", ")", ";", ":", "và"), { maxLength: 60 })
  .map((p) => p.join(""));

/** Flat `[from, to]` pairs in the order {@link stretches} asks: `from` ascending, `to` never decreasing. */
function spans(n: number, cuts: number[]): number[] {
  const from = [...new Set(cuts.map((c) => c % Math.max(1, n)))].sort((a, b) => a - b);
  const out: number[] = [];
  let to = -1;
  for (const f of from) {
    to = Math.max(to, Math.min(n - 1, f + (f % 7) * 5));
    out.push(f, to);
  }
  return out;
}

describe("matchesIn over stretches", () => {
  it("finds, where asked, what a scan of the whole text finds", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(400), { maxLength: 8 }), (s, cuts) => {
        const asked = spans(s.length, cuts);
        const inAsked = (i: number) => asked.some((_, k) => k % 2 === 0 && i >= (asked[k] as number) && i <= (asked[k + 1] as number));
        const got = scan(s, stretches(s, asked, CUT)).filter((m) => inAsked(m.index));
        expect(got).toEqual(scan(s).filter((m) => inAsked(m.index)));
      }),
      { numRuns: 400 },
    );
  });

  it("reads one stretch for the whole text when every start is asked", () => {
    const s = "Tiếp nhận 120 hồ sơ, riêng số hồ sơ trực tuyến 80 hồ sơ; trong số đó 5 hồ sơ quá hạn.";
    expect(stretches(s, [0, s.length - 1], CUT)).toEqual([0, s.length]);
    expect(scan(s, [0, s.length])).toEqual(scan(s));
  });

  it("widens a stretch to the cut units around it, and merges stretches that touch", () => {
    const s = "abc 12 số hồ sơ riêng, và 7 xã";
    // From the "1" of "12" back to itself (a digit cuts), forward to the "," after "riêng".
    expect(stretches(s, [5, 9], CUT)).toEqual([5, 22]);
    expect(stretches(s, [5, 9, 8, 24], CUT)).toEqual([5, 27]);
  });
});
