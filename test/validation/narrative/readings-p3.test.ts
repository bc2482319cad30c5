import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { otherSubject } from "../../../src/validation/narrative/rules/readings/changes.js";
import { alarmCodes as alarms } from "./real-sets.js";

// Brief p3: a change given twice ("số vụ án giảm 171 vụ (giảm 32,2%)") whose level the difference
// rule took from an earlier sentence, though the change's own clause names another thing counted.
// Each quiet sentence raised a false change_percent_mismatch before; each wrong twin of the shapes
// whose level really is in the sentence before must still be caught, on its wrong percentage.
/** The excerpts of the errors and warnings of a text. */
const excerpts = (text: string): string[] => checkNarrative(text).filter((f) => f.severity !== "info").map((f) => f.excerpt);

describe("a change given twice, its level in an earlier sentence (brief p3)", () => {
  it("stays quiet when the change's own subject counts another thing than the earlier count", () => {
    const quiet = [
      // Other nouns after the unit, with and without "so với cùng kỳ", before or after the change.
      "Trong năm, lực lượng công an khám phá 42 vụ mua bán trái phép chất ma túy. So với cùng kỳ, số vụ trộm cắp tài sản giảm 65 vụ (giảm 28,4%).",
      "Trong quý I, toàn tỉnh phát hiện 54 vụ vi phạm về môi trường. Số vụ buôn lậu trong quý giảm 22 vụ (giảm 31,4%) so với cùng kỳ năm trước.",
      "Năm 2024, lực lượng kiểm lâm phát hiện 37 vụ khai thác gỗ trái phép. Số vụ phá rừng tăng 12 vụ (tăng 15%).",
      "Các cơ sở y tế đã tiếp nhận 86 người bị ngộ độc thực phẩm. Số người mắc sốt xuất huyết giảm 140 người (giảm 41,2%) so với cùng kỳ.",
      "Trung tâm đã tiếp nhận 1.240 hồ sơ đăng ký kinh doanh. Số hồ sơ đất đai tăng 150 hồ sơ (tăng 35%).",
      // The two real passages' shape: a subset counted before, the whole's change after.
      "Sáu tháng đầu năm, cơ quan điều tra đã khám phá 28 vụ phạm tội rất nghiêm trọng. Tuy nhiên, so với cùng kỳ năm 2023, số vụ án giảm 120 vụ (giảm 25,1%).",
      "Trong tháng, toàn huyện phát hiện 30 vụ vi phạm, trong đó có 21 vụ đã xác định đối tượng. Số vụ vi phạm giảm 45 vụ so cùng kỳ (giảm 60%).",
    ];
    for (const text of quiet) expect(alarms(text), text).toEqual([]);
  });

  it("still judges the change against the earlier sentence's count of the same thing", () => {
    // [right, wrong percentage written in it, far-off percentage]
    const cases: [string, string, string][] = [
      // 925 + 106 = 1.031; 106 ÷ 1.031 = 10,28%.
      ["Năm 2024, toàn tỉnh xảy ra 925 vụ tai nạn giao thông. So với cùng kỳ, số vụ tai nạn giảm 106 vụ (giảm 10,28%).", "10,28%", "15,5%"],
      // No subject of its own: 48 − 12 = 36; 12 ÷ 36 = 33,3%.
      ["Trên địa bàn huyện xảy ra 48 vụ cháy nhà dân. So với năm trước tăng 12 vụ (tăng 33,3%).", "33,3%", "25%"],
      // A subject that only repeats the unit: 312 − 52 = 260; 52 ÷ 260 = 20%.
      ["Tòa án đã thụ lý 312 vụ. Số vụ tăng 52 vụ (tăng 20%) so với năm 2023.", "20%", "30%"],
      // Among two counts, the one the subject names: 120 + 30 = 150; 30 ÷ 150 = 20%.
      ["Tai nạn giao thông làm chết 45 người, bị thương 120 người. So với cùng kỳ, số người bị thương giảm 30 người (giảm 20%).", "20%", "35%"],
      // Two-word units: 1.240 − 240 = 1.000; 240 ÷ 1.000 = 24%.
      ["Trung tâm đã tiếp nhận 1.240 hồ sơ đăng ký kinh doanh. Số hồ sơ đăng ký kinh doanh tăng 240 hồ sơ (tăng 24%).", "24%", "31%"],
      // 66 + 86 = 152; 86 ÷ 152 = 56,6%. ("giảm 86 vụ so cùng kỳ (…)" is not read: its unit runs on to "so".)
      ["Trong quý I/2022, toàn tỉnh phát hiện 66 vụ vi phạm Luật Lâm nghiệp. Số vụ vi phạm giảm 86 vụ (giảm 56,6%) so với cùng kỳ.", "56,6%", "40,2%"],
    ];
    for (const [right, pct, far] of cases) {
      expect(alarms(right), right).toEqual([]);
      const wrong = right.replace(`${pct})`, `${far})`);
      expect(alarms(wrong), wrong).toEqual(["change_percent_mismatch"]);
      expect(excerpts(wrong)[0]).toContain(far);
    }
  });

  it("reads the change's subject only from 'số' and the words right before the change word", () => {
    const s = "Tuy nhiên, so với cùng kỳ năm 2019, số vụ án giảm 171 vụ";
    const at = s.indexOf("giảm");
    expect(otherSubject(s, at, "vụ", ["khám", "phá", "vụ", "phạm"])).toBe(true);
    expect(otherSubject(s, at, "vụ", ["thụ", "lý", "vụ", "án"])).toBe(false);
    // "số vụ" names nothing beyond the unit; "So với cùng kỳ" is no subject.
    expect(otherSubject("Số vụ giảm 4 vụ", 6, "vụ", ["khám", "phá"])).toBe(false);
    expect(otherSubject("So với cùng kỳ giảm 4 vụ", 15, "vụ", ["khám", "phá"])).toBe(false);
    // "bị", "trong", "quý" say nothing of what is counted.
    expect(otherSubject("số người bị thương trong quý giảm", 29, "người", ["bị", "quý"])).toBe(true);
  });
});
