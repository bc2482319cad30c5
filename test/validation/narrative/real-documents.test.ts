import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocument, checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf, isSlip, paragraphsOf, type RealDocument } from "./real-sets.js";

// Issue 13, precision on WHOLE real documents (real-documents.json, described in
// real-documents.md): 103 passages (152 kB) of public Vietnamese pages, verbatim, most of whose
// sentences are of no rule's shape but look close (dates, document numbers, ranges, lists,
// scores, money, percentages of other wholes). Every error and warning was classified by hand;
// the passages' own arithmetic slips are listed with their arithmetic and must be found, and
// nothing else may be raised.


const docs = JSON.parse(readFileSync(new URL("./real-documents.json", import.meta.url), "utf8")) as RealDocument[];

describe("narrative checker on whole real documents", () => {
  it("holds at least 30 passages, 150 kB in all, each from its own page, NFC", () => {
    expect(docs.length).toBeGreaterThanOrEqual(30);
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    expect(bytes).toBeGreaterThanOrEqual(150_000);
    expect(new Set(docs.map((d) => d.address)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.address).toMatch(/^https?:\/\//u);
      expect(d.text).toBe(d.text.normalize("NFC"));
      for (const s of d.slips) expect(d.text).toContain(s.figure);
    }
  });

  it("shares no page with the real-sentence sets", () => {
    const used = new Set(
      ["real-sentences.json", "real-sentences-2.json"].flatMap((f) =>
        (JSON.parse(readFileSync(new URL(`./${f}`, import.meta.url), "utf8")) as { source: string }[]).map((r) => r.source),
      ),
    );
    for (const d of docs) expect(used.has(d.address)).toBe(false);
  });

  it("raises the documents' own four slips, each on its wrong figure", () => {
    const withSlips = docs.filter((d) => d.slips.length > 0);
    expect(withSlips.length).toBe(4);
    for (const d of withSlips) {
      const found = alarmsOf(checkNarrative(d.text));
      for (const s of d.slips) expect(found.some((f) => f.code === s.code && f.excerpt.includes(s.figure))).toBe(true);
    }
  });

  it.each(docs.map((d) => [d.address, d] as const))("checkNarrative raises nothing but the known slips on %s", (_a, d) => {
    const other = alarmsOf(checkNarrative(d.text)).filter((f) => !isSlip(d, f));
    expect(other.map((f) => `${f.code}: ${f.excerpt}`)).toEqual([]);
  });

  it("checkDocument over each passage's paragraphs raises nothing but the known slips, and finds them", () => {
    const other: string[] = [];
    let found = 0;
    for (const d of docs) {
      for (const f of alarmsOf(checkDocument(paragraphsOf(d.text)))) {
        if (isSlip(d, f)) found++;
        else other.push(`${d.address} ${f.code}: ${f.excerpt}`);
      }
    }
    expect(other).toEqual([]);
    expect(found).toBe(4);
  });

  it("reads a figure after a label word as a name, not a malformed count", () => {
    for (const text of ["Trong tháng 11.2019, cả nước có 12.265 doanh nghiệp thành lập mới.", "so với tháng 10.2019", "trong tháng 5.2015 tổng lượt khách ước đạt 349.000 lượt", "quý 3.2024 tiếp nhận 1.200 hồ sơ"]) {
      expect(alarmsOf(checkNarrative(text)).map((f) => f.code)).toEqual([]);
    }
    // A count grouped in no known way is still reported.
    expect(checkNarrative("tiếp nhận 3.002648 hồ sơ").map((f) => f.code)).toEqual(["malformed_number"]);
    expect(checkNarrative("Tháng này tiếp nhận 11.2019 hồ sơ").map((f) => f.code)).toEqual(["malformed_number"]);
  });
});
