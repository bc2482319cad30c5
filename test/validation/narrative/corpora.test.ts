import { describe, expect, it } from "vitest";
import { corpora, findingsOf, score, textOf } from "./corpora/evaluate.js";

// Issue 13: a corpus per rule (test/validation/narrative/corpora/<rule>.json), at least 40 right
// and 40 wrong sentences each, split by frame into a tune half and a held-back half. The held-back
// half is what is asserted: caught ≥ 95%, no false error, false warnings ≤ 2%.
const all = corpora();

describe("narrative corpora", () => {
  it("has a corpus for every rule of issue 13", () => {
    expect(all.map((c) => c.rule).sort()).toEqual(["averages", "averages-apart", "comparisons", "differences", "fraction-sums", "fractions", "list-count", "lists-apart", "next-sentence-parts", "part-whole", "ratio-statements", "remainders", "restated", "share-sums", "shares", "shares-apart", "splits", "stated-sums"]);
  });

  describe.each(all.map((c) => [c.rule, c] as const))("%s", (_rule, corpus) => {
    it("has at least 40 right and 40 wrong sentences, in Vietnamese NFC", () => {
      expect(corpus.cases.filter((c) => c.wrong).length).toBeGreaterThanOrEqual(40);
      expect(corpus.cases.filter((c) => !c.wrong).length).toBeGreaterThanOrEqual(40);
      for (const c of corpus.cases) {
        const text = c.text ?? c.paragraphs?.map((p) => p.text).join("\n") ?? "";
        expect(text).toBe(text.normalize("NFC"));
        expect(text).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
      }
    });

    it("splits into two halves with wrong sentences in each", () => {
      for (const half of ["tune", "held"] as const) {
        expect(corpus.cases.filter((c) => c.half === half && c.wrong).length).toBeGreaterThanOrEqual(10);
      }
    });

    it("holds on the held-back half: caught ≥ 95%, no false error, false warnings ≤ 2%", () => {
      const s = score(corpus, "held");
      expect(s.caught / s.wrong, s.misses.map((m) => m.text ?? JSON.stringify(m.paragraphs)).join("\n")).toBeGreaterThanOrEqual(0.95);
      expect(s.falseErrors, s.alarms.map((a) => a.findings.map((f) => f.code).join(",")).join("\n")).toBe(0);
      expect(s.falseWarnings / s.right).toBeLessThanOrEqual(0.02);
    });

    it("reports offsets into the text it was given", () => {
      for (const c of [...corpus.cases.slice(0, 40), ...corpus.cases.filter((x) => x.nfd === true)]) {
        for (const f of findingsOf(c)) {
          const text = c.text !== undefined ? textOf(c) : (c.paragraphs?.[(f as { paragraph?: number }).paragraph ?? 0]?.text ?? "");
          expect(text.slice(f.start, f.end)).toBe(f.excerpt);
        }
      }
    });
  });
});
