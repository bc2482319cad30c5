import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { bareBefore } from "../../../src/validation/narrative/rules/readings/changes.js";
import { formatViNumber } from "../../../src/format/number.js";
import { alarmCodes as alarms } from "./real-sets.js";

// Brief p2: two shapes that recur in real report prose, read more narrowly. Each right sentence
// raised a false alarm before; each wrong twin must still be caught, on its wrong figure.
const vi = (n: number, d = 0): string => formatViNumber(Number(n.toFixed(d)), d);
/** The excerpts of the errors and warnings of a text. */
const excerpts = (text: string): string[] => checkNarrative(text).filter((f) => f.severity !== "info").map((f) => f.excerpt);

describe("narrower readings (brief p2): a bare amount in parentheses after a change in percent", () => {
  it("reads '(8.626 ha)' right after 'tăng 217,55%' as the change's amount and judges the percentage with it", () => {
    const cases: [string, string][] = [
      ["Diện tích lúa năm nay đạt 12.591 ha, tăng 217,55% (8.626 ha) so với năm trước.", "tăng 217,55%"],
      ["Tổng nguồn vốn huy động đạt 1.250 tỷ đồng, tăng 12,5% (139 tỷ đồng) so với đầu năm.", "tăng 12,5%"],
      ["Số hộ nghèo còn 1.254 hộ, giảm 18,2% (279 hộ) so với cuối năm 2022.", "giảm 18,2%"],
      ["Toàn huyện có 2.130 hộ nghèo, giảm 1,6% (35 hộ) so với năm trước.", "giảm 1,6%"],
      ["Toàn huyện có 5.400 thuê bao internet, tăng 8% (400 thuê bao) so với năm 2022.", "tăng 8%"],
      ["Doanh thu du lịch ước đạt 1.496 tỷ đồng, tăng gần 9,8% (134 tỷ đồng) so với cùng kỳ.", "tăng gần 9,8%"],
    ];
    for (const [right, pct] of cases) {
      expect(alarms(right), right).toEqual([]);
      // The wrong twin: the percentage off by far, caught with its figure.
      const wrong = right.replace(pct, pct.replace(/[\d,]+%/u, "33,3%"));
      expect(alarms(wrong), wrong).toEqual(["change_percent_mismatch"]);
      expect(excerpts(wrong)[0]).toContain("33,3%");
    }
  });

  it("does not read the amount as the whole of the 'trong đó' list after it", () => {
    const right = "Thu ngân sách đạt 560 tỷ đồng, tăng 15% (73 tỷ đồng) so với cùng kỳ, trong đó thu nội địa 420 tỷ đồng, thu xuất nhập khẩu 140 tỷ đồng.";
    expect(alarms(right)).toEqual([]);
    const area = "Diện tích gieo trồng 40.831 ha, giảm 1,6% (673 ha) so cùng kỳ. Trong đó, lúa 30.000 ha, ngô 10.831 ha.";
    expect(alarms(area)).toEqual([]);
    expect(alarms(area.replace("ngô 10.831", "ngô 12.831"))).toEqual(["parts_exceed_total"]);
  });

  it("reads a parenthesis as the amount only when it holds the figure alone and the level stands right before the change", () => {
    // A level of its own in each parenthesis (real-documents-2.json): read as before, quiet.
    expect(alarms("Số doanh nghiệp thành lập mới giảm 1,0% (3.502 doanh nghiệp) và số doanh nghiệp quay trở lại hoạt động giảm 0,7% (422 doanh nghiệp).")).toEqual([]);
    // Words in the parenthesis: no amount.
    expect(alarms("Số hộ dân đạt 4.500 hộ, tăng 5% (năm 2022 là 4.286 hộ).")).toEqual([]);
    const s = "tăng 217,55% (8.626 ha) so; giảm 1,6% ( 35 hộ); tăng 5% (2022 là 4.286 hộ); tăng 8% 400; đạt 5% (12 hộ)";
    const at = (x: string): number => s.indexOf(x) + x.length;
    expect(bareBefore(s, at("% ("))).toBe("tăng");
    expect(bareBefore(s, at("1,6% ( "))).toBe("giảm");
    expect(bareBefore(s, at("tăng 5% ("))).toBe("");
    expect(bareBefore(s, at("8% "))).toBe("");
    expect(bareBefore(s, at("đạt 5% ("))).toBe("");
  });

  it("property: a level, its rise in percent and the rise in parentheses agree; a percentage 3 points off does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2_000, max: 90_000 }), fc.integer({ min: 5, max: 60 }), (before, per) => {
        const d = Math.round((before * per) / 1000);
        const p = (d * 100) / before;
        const text = (x: number) => `Sản lượng ước đạt ${vi(before + d)} tấn, tăng ${vi(x, 1)}% (${vi(d)} tấn) so với cùng kỳ.`;
        expect(alarms(text(p))).toEqual([]);
        expect(alarms(text(p + 3))).toEqual(["change_percent_mismatch"]);
      }),
      { numRuns: 100 },
    );
  });
});
