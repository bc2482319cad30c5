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
});
