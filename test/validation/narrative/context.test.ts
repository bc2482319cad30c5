import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchoredMatches, lowerAt, lowerLength, spaceCode, upperAt } from "../../../src/validation/narrative/context.js";

describe("character classes read from the code (the tokenizer's and rules' fast paths)", () => {
  it("lowerAt and upperAt answer \\p{Ll} and \\p{Lu} for every BMP unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (lowerAt(ch, 0) !== /\p{Ll}/u.test(ch) || upperAt(ch, 0) !== /\p{Lu}/u.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect([lowerAt("a", 1), upperAt("A", -1)]).toEqual([false, false]);
  });

  it("spaceCode answers \\s for every BMP unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (spaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it("lowerLength reads a lower-case letter beyond the BMP as one code point, as a u regex does", () => {
    expect(["a", "ư", "𝐚", "𝐀", "A", "\ud835", ""].map((x) => lowerLength(x, 0))).toEqual([1, 1, 2, 0, 0, 0, 0]);
  });
});

describe("anchoredMatches", () => {
  const text = "Tiếp nhận 976 hồ sơ, trong đó 500 hồ sơ trực tuyến; Trong đó có 3 xã, gồm 2 phường, có 1 thôn. Bao gồm: khó, hóa.";
  const marker = /[Tt]rong đó|[Bb]ao gồm|[Gg]ồm|,[ ]{0,8}có/y;
  const found = (opens = "TtBbGg,", starts?: readonly (readonly number[])[]) =>
    anchoredMatches(text, ["ó", "ồm"], marker, 11, opens, starts).map((m) => [m.index, text.slice(m.index, m.end)]);
  const all = [
    [21, "trong đó"],
    [52, "Trong đó"],
    [70, "gồm"],
    [82, ", có"],
    [95, "Bao gồm"],
  ];

  it("finds every whole-word marker that holds a word of the anchor", () => {
    expect(found()).toEqual(all);
    expect(found("TtBbGg,")).toEqual(all);
  });

  it("tries a marker only where it may open", () => {
    expect(found("Bb")).toEqual([[95, "Bao gồm"]]);
  });

  it("tries only the starts given for each word, and finds the same with every place a word stands first", () => {
    expect(found("TtBbGg,", [[10, 9, 8, 7, 6, 5, 4, 3, 2], [5, 1]])).toEqual(all);
    expect(found(undefined, [[7], [5]])).toEqual([
      [21, "trong đó"],
      [52, "Trong đó"],
      [95, "Bao gồm"],
    ]);
  });

  it("with `near`, keeps every match with a place of `near` within `reach` after its start, and finds no other match than without it", () => {
    // Places of `near`: the digits of the text (a figure the caller needs after the marker).
    const digits = (t: string) => [...t.matchAll(/\d/g)].map((m) => m.index);
    const check = (t: string, reach: number) => {
      const without = anchoredMatches(t, ["ó", "ồm"], marker, 11, "TtBbGg,");
      const near = digits(t);
      const withNear = anchoredMatches(t, ["ó", "ồm"], marker, 11, "TtBbGg,", undefined, near, reach);
      const needed = without.filter((m) => near.some((p) => p >= m.index && p <= m.index + reach));
      expect(withNear.filter((m) => needed.some((x) => x.index === m.index))).toEqual(needed);
      for (const m of withNear) expect(without).toContainEqual(m);
    };
    check(text, 20);
    check(`${text}\nTrong đó, gồm các xã.\nBao gồm 12 xã, trong đó 3 xã; có 2.\nTrong đó khó gồm`, 10);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Trong đó", "trong đó", " ", "\n", ", có", "gồm", "Bao gồm", "1", "23", "xã", ".", "khó"), { maxLength: 40 }), fc.nat(30), (pieces, reach) => {
        check(pieces.join(""), reach);
      }),
    );
    // No place of `near` at all: nothing is looked for.
    expect(anchoredMatches(text, ["ó", "ồm"], marker, 11, "TtBbGg,", undefined, [], 100)).toEqual([]);
  });
});
