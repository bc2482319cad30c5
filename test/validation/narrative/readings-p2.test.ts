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

describe("narrower readings (brief p2): a figure joined by ',' or 'và' to a label figure is a label", () => {
  it("reads 'mức độ 3 và 4', 'mức độ 3, 4', 'lớp 10, 11 và 12' as labels, not as a whole before 'trong đó'", () => {
    for (const right of [
      "Tỉnh đã cung cấp 1.250 dịch vụ công trực tuyến mức độ 3 và 4, trong đó mức độ 4 là 620 dịch vụ.",
      "Tỉnh có 54.000 dịch vụ công trực tuyến mức độ 3, 4, trong đó số dịch vụ công trực tuyến mức 4 là trên 16.000.",
      "Trường có các lớp 10, 11 và 12, trong đó lớp 12 có 420 học sinh.",
      "Ngày 25/10, Cụm thi đua 1, Hội Chữ thập đỏ thành phố, gồm các quận 1, 3, 5, 10, Tân Bình triển khai chương trình năm 2024.",
    ]) expect(alarms(right), right).toEqual([]);
  });

  it("still catches a wrong part of a whole counted beside such a series", () => {
    const right = "Toàn tỉnh có 1.250 dịch vụ công trực tuyến mức độ 3 và 4, gồm 700 dịch vụ mức độ 3 và 550 dịch vụ mức độ 4.";
    expect(alarms(right)).toEqual([]);
    const wrong = right.replace("550 dịch vụ", "600 dịch vụ");
    expect(alarms(wrong)).toEqual(["parts_exceed_total"]);
    expect(excerpts(wrong)[0]).toContain("600");
    const pupils = "Học sinh các lớp 10, 11 và 12 là 1.240 em, gồm lớp 10 có 430 em, lớp 11 có 400 em và lớp 12 có 410 em.";
    expect(alarms(pupils)).toEqual([]);
    expect(alarms(pupils.replace("410 em", "450 em"))).toEqual(["parts_exceed_total"]);
  });

  it("keeps a count after a label: a longer figure, a word after it, a year's series of years only", () => {
    // "mức 1, 2 trường công nhận lại": two schools, a part of the 14.
    const schools = "Sở đã công nhận 14 trường mầm non, gồm 6 trường công nhận mới mức 1, 2 trường công nhận lại và 6 trường nâng lên mức 2.";
    expect(alarms(schools)).toEqual([]);
    expect(alarms(schools.replace("lại và 6", "lại và 8"))).toEqual(["parts_exceed_total"]);
    // "Năm 2023, 45 trường": a count after a year.
    expect(alarms("Năm 2023, 45 trường đạt chuẩn quốc gia, trong đó 50 trường mầm non.")).toEqual(["part_exceeds_whole"]);
    expect(alarms("Tháng 6, 1.200 lao động được giới thiệu việc làm, trong đó 1.500 lao động nữ.")).toEqual(["part_exceeds_whole"]);
  });
});

describe("narrower readings (brief p2): the year word of 'đầu năm', 'cuối năm', 'giữa năm' before a list", () => {
  it("reads 'so với đầu năm gồm:' as a time, not the count word 'năm' (five), and still counts 'Năm chương trình … gồm:'", () => {
    expect(alarms("Các chương trình tín dụng có dư nợ tăng so với đầu năm gồm: cho vay hộ cận nghèo tăng 46,8 tỷ đồng; cho vay giải quyết việc làm tăng 23,7 tỷ đồng; cho vay nhà ở xã hội tăng 11,8 tỷ đồng; cho vay học sinh - sinh viên tăng 100 triệu đồng.")).toEqual([]);
    expect(alarms("Các khoản thu giảm so với cuối năm gồm: thuế thu nhập cá nhân, phí trước bạ, tiền sử dụng đất.")).toEqual([]);
    expect(alarms("Các chỉ tiêu đạt thấp tính đến giữa năm gồm: thu ngân sách, giải ngân vốn đầu tư công.")).toEqual([]);
    expect(alarms("Năm chương trình có dư nợ tăng gồm: hộ nghèo, hộ cận nghèo, giải quyết việc làm, nước sạch và nhà ở xã hội.")).toEqual([]);
    const wrong = "Năm chương trình có dư nợ tăng gồm: hộ nghèo, hộ cận nghèo, giải quyết việc làm và nhà ở xã hội.";
    expect(alarms(wrong)).toEqual(["list_count_mismatch"]);
    expect(excerpts(wrong)[0]).toContain("Năm chương trình");
  });
});
