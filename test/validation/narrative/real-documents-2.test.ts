import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocument, checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf, expectWellFormedDocuments, isSlip, paragraphsOf, type RealDocument } from "./real-sets.js";

// Issue 13, precision on NEW whole real documents (real-documents-2.json, described in
// real-documents-2.md): 74 passages (127 kB) of public Vietnamese pages no earlier set used,
// verbatim. On main before this set, the checker raised 9 alarms on them, all false; each was
// fixed as a shape in the rule that raised it (with right sentences of the shape in that rule's
// corpus, frames 700–799). The one real slip found by hand (a remainder) is kept as its
// passage's note, and nothing may be raised on it. One slip was found later, when the parts of a
// total were read across sentences (brief r5): tienphong.vn's trade total 494,66 tỷ USD against
// its exports and imports, 259,67 + 237,99 = 497,66; it is kept as that passage's `slips`.


const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), "utf8")) as T;
const docs = read<RealDocument[]>("real-documents-2.json");

describe("narrative checker on new whole real documents (set 2)", () => {
  it("holds at least 60 passages of 1 to 10 kB, 120 kB in all, each from its own page, NFC", () => {
    expectWellFormedDocuments(docs, 60);
  });

  it("shares no page with the earlier real sets", () => {
    const sentences = ["real-sentences.json", "real-sentences-2.json", "real-sentences-3.json", "real-sentences-4.json"].flatMap((f) => read<{ source: string }[]>(f).map((r) => r.source));
    const used = new Set([...sentences, ...read<{ address: string }[]>("real-documents.json").map((d) => d.address)]);
    for (const d of docs) expect(used.has(d.address)).toBe(false);
  });

  it("keeps the real slip no rule reads, with the figures its arithmetic names", () => {
    const noted = docs.filter((d) => d.note !== undefined);
    expect(noted.map((d) => new URL(d.address).hostname)).toEqual(["ictvietnam.vn"]);
    const text = noted[0]?.text ?? "";
    // 10.599 − 9.690 = 909 xã without a station, written 918.
    for (const figure of ["9.690 đài truyền thanh/10.599 xã", "918 xã", "8,6%"]) expect(text).toContain(figure);
    expect(10_599 - 9_690).toBe(909);
  });

  it("finds the real slip of a total read across sentences (494,66 against 259,67 + 237,99)", () => {
    const slipped = docs.filter((d) => d.slips.length > 0);
    expect(slipped.map((d) => new URL(d.address).hostname)).toEqual(["tienphong.vn"]);
    const found = alarmsOf(checkNarrative(slipped[0]?.text ?? "")).filter((f) => isSlip(slipped[0] as RealDocument, f));
    expect(found.map((f) => f.code)).toEqual(["parts_exceed_total"]);
    expect(Math.round((259.67 + 237.99) * 100) / 100).toBe(497.66);
  });

  it.each(docs.map((d) => [d.address, d] as const))("checkNarrative raises nothing but the known slips on %s", (_a, d) => {
    const other = alarmsOf(checkNarrative(d.text)).filter((f) => !isSlip(d, f));
    expect(other.map((f) => `${f.code}: ${f.excerpt}`)).toEqual([]);
  });

  it("checkDocument over each passage's paragraphs raises nothing but the known slips", () => {
    const other: string[] = [];
    for (const d of docs) {
      for (const f of alarmsOf(checkDocument(paragraphsOf(d.text)))) if (!isSlip(d, f)) other.push(`${d.address} ${f.code}: ${f.excerpt}`);
    }
    expect(other).toEqual([]);
  });

  it("still reads the shapes it stepped over when they hold a slip", () => {
    const codes = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => f.code);
    // A change between two real levels, next to a period: still checked (7.080 → 7.580 is +7,06%).
    expect(codes("6 tháng đầu năm tiếp nhận 7.580 hồ sơ, tăng 12,5% so với cùng kỳ (7.080 hồ sơ).")).toEqual(["change_percent_mismatch"]);
    // A list split at ";" only, with no "và" in its last item, is still counted.
    expect(codes("Còn 04 nhiệm vụ chậm tiến độ: số hóa hồ sơ; làm sạch dữ liệu dân cư; cấp chữ ký số.")).toEqual(["list_count_mismatch"]);
    // A fraction that is no rank still totals the parts after "Trong đó".
    expect(codes("Có 21/63 xã hoàn thành. Trong đó, 25 xã đạt chuẩn nâng cao.")).toEqual(["part_exceeds_whole"]);
    // A count of things restated with another value is still reported across paragraphs.
    const restated = checkDocument([
      { text: "Đến nay có 32 nhiệm vụ chậm tiến độ cần xử lý.", path: "Phần II" },
      { text: "Hiện còn 35 nhiệm vụ chậm tiến độ cần xử lý.", path: "Phần IV" },
    ]);
    expect(alarmsOf(restated).map((f) => f.code)).toEqual(["quantity_restated"]);
  });
});
