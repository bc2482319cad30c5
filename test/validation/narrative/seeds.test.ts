import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkDocument, checkNarrative, findViNumbers, type NarrativeFinding } from "../../../src/validation/narrative/index.js";

// The seed documents' text as received (administrative documents, not under copyright: Luật Sở
// hữu trí tuệ, Điều 15), kept beside the fixtures so a clean checkout has them.
const SEEDS = fileURLToPath(new URL("../../fixtures/seeds", import.meta.url));
const seed = (prefix: string): string => {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return readFileSync(`${SEEDS}/${name}`, "utf8");
};

/** A statement of a seed and the verdict expected on it. */
interface Statement {
  /** Words of the statement that the finding's excerpt must contain. */
  readonly excerpt: string;
  /** The finding expected on it (a problem, or the info of a passed check). */
  readonly code: NarrativeFinding["code"];
}

/** Figures that must never be read as fractions (document numbers, dates, codes). */
const notFractions: Record<string, readonly string[]> = {
  "002": ["3425/UBND-NC", "3620/TCT", "2197/CAT-QLHC", "03/KH-VPUB", "1053/QĐ-UBND", "422/QĐ-TTg", "206/QĐ-TTg", "78/2025/QĐ-CTUBND", "06/CP", "21/5/2026", "28/02/2024"],
  "003": ["06/QĐ-TTg", "11/NQ-CP", "71/NQ-CP", "57-NQ/TW", "31-KH/TU", "395/UBND-VX", "238/2025/NĐ-CP", "02-KH/BCĐTW", "214/NQ-CP", "278/NĐ-CP", "456-CV/TU", "01-TB/BCĐ", "01/2026", "02/2026", "3/2026", "15/02/2026"],
  "004": ["06/QĐ-TTg", "57-NQ/TW", "59/2022/NĐ-CP", "08/2022/TT-BCA", "34/2021/QĐ-TTg", "4210/BNV-CCVC", ".../100", "...../99", "05/2026", "30/04/2026"],
};

const cases: Record<string, { problems: readonly Statement[]; checks: readonly Statement[] }> = {
  "002": {
    problems: [],
    checks: [
      { excerpt: "968/1054", code: "fraction_consistent" },
      { excerpt: "25/25", code: "fraction_consistent" },
      { excerpt: "15/28", code: "fraction_consistent" },
      { excerpt: "04/23", code: "fraction_consistent" },
      { excerpt: "21/5/2026", code: "date_valid" },
      { excerpt: "28/02/2024", code: "date_valid" },
      { excerpt: "31/7/2025", code: "date_valid" },
    ],
  },
  "003": {
    problems: [
      // "2.999.991/3.002648 trường hợp": the whole is grouped in no known way (3.002.648?).
      { excerpt: "3.002648", code: "malformed_number" },
    ],
    checks: [
      // 534/534 (đạt 100%)
      { excerpt: "534/534** (đạt 100%", code: "percent_consistent" },
      // 92,62 = 18 + 18 + 18 + 20,02 + 18,6, each within its maximum.
      { excerpt: "92,62** điểm", code: "score_consistent" },
      // 2.003.884 = 1.527.629 + 106.830 + 369.425
      { excerpt: "2.003.884** dữ liệu chủ sử dụng đất", code: "breakdown_consistent" },
      // Read as 3.002.648, the stated 99,91% agrees.
      { excerpt: "2.999.991/3.002648** trường hợp, đạt tỷ lệ **99,91%", code: "percent_consistent" },
      { excerpt: "53/53", code: "fraction_consistent" },
      { excerpt: "15/02/2026", code: "date_valid" },
      { excerpt: "tháng 3 năm 2026", code: "date_valid" },
    ],
  },
  "004": {
    problems: [
      // "trên 100 lượt (Trong đó: … các thôn 1500 lượt …)": a part fifteen times its whole.
      { excerpt: "trên 100 lượt (Trong đó: Tuyên truyền trên hệ thống truyền thanh xã, các thôn 1500", code: "part_exceeds_whole" },
    ],
    checks: [
      // 956/959 = 99,687% → 99,7%
      { excerpt: "956/959 hồ sơ đạt tỷ lệ 99,7%", code: "percent_consistent" },
      { excerpt: "ngày 08 tháng 05 năm 2026", code: "date_valid" },
      { excerpt: "30/04/2026", code: "date_valid" },
      { excerpt: "24/6/2025", code: "date_valid" },
      // Issue 13, a count against its list: "06 nhiệm vụ trọng tâm … cụ thể là: (1) … (6) …".
      { excerpt: "06 nhiệm vụ trọng tâm", code: "list_count_consistent" },
    ],
  },
};

describe.each(Object.keys(cases))("seed %s", (id) => {
  const text = seed(id);
  const expected = cases[id]!;
  const problems = checkNarrative(text);
  const all = checkNarrative(text, { includeChecks: true });

  it("raises exactly the slips it contains, and no false alarm", () => {
    expect(problems.map((f) => [f.code, f.excerpt])).toHaveLength(expected.problems.length);
    for (const s of expected.problems) {
      expect(problems.some((f) => f.code === s.code && f.excerpt.includes(s.excerpt)), `${s.code}: ${s.excerpt}`).toBe(true);
    }
  });

  it.each(expected.checks.map((c) => [c.excerpt, c] as const))("checks %s", (_e, s) => {
    const hit = all.find((f) => f.code === s.code && f.excerpt.includes(s.excerpt));
    expect(hit, `${s.code}: ${s.excerpt}`).toBeDefined();
    expect(hit?.severity).toBe("info");
  });

  it("never reads document numbers, dates and placeholders as fractions", () => {
    const fractions = findViNumbers(text).filter((m) => m.kind === "fraction");
    for (const doc of notFractions[id] ?? []) {
      const at = text.indexOf(doc);
      expect(at, doc).toBeGreaterThanOrEqual(0);
      expect(fractions.filter((f) => f.start < at + doc.length && f.end > at), doc).toEqual([]);
    }
  });

  // Issue 13: the document-level check over the seed's paragraphs (one per line) finds the same
  // slips and no quantity stated twice with different values: none of the seeds has one.
  it("gives the same problems through checkDocument, and no quantity restated", () => {
    const paragraphs = text.split(/\n+/).map((p, i) => ({ text: p, path: `đoạn ${i + 1}` }));
    const found = checkDocument(paragraphs).filter((f) => f.severity !== "info");
    expect(found.map((f) => f.code).sort()).toEqual(problems.map((f) => f.code).sort());
    for (const f of found) expect(paragraphs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it("reports offsets into the text it was given", () => {
    for (const f of all) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});

describe("seed figures as read", () => {
  it("reads scale words, qualifiers and social-media suffixes", () => {
    const n3 = findViNumbers(seed("003"));
    expect(n3.find((m) => m.text.startsWith("157,9"))).toMatchObject({ kind: "number", value: 157_900_000_000, decimals: -8 });
    expect(n3.find((m) => m.text === "450.000")).toMatchObject({ value: 450_000, qualifier: "trên" });
    expect(n3.find((m) => m.text === "4.000")).toMatchObject({ value: 4000, qualifier: "gần" });
    const n4 = findViNumbers(seed("004"));
    expect(n4.find((m) => m.text === "1.4K")).toMatchObject({ value: 1400, decimals: -2 });
    expect(n4.find((m) => m.text === "1200")).toMatchObject({ value: 1200, qualifier: "hơn" });
  });
});
