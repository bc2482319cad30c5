import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { alarmsOf } from "./real-sets.js";
import { AVERAGES, CHANGES, alarms, twins } from "./twins.js";

// Brief r7 (changes and averages, second pass): shapes from the tune misses of real sets 2…10.
// Each right sentence stays quiet; its wrong twin is caught on the changed figure by a code of the
// changes family. Sentences written for these tests.

describe("a gap to a target rate in parentheses: the target is exact (differences.ts targetAfter)", () => {
  twins(CHANGES, [
    ["Số người tham gia BHYT là 1.017.308 người, đạt tỷ lệ bao phủ 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu UBND tỉnh giao (91%).", "4,5%", "5,4%"],
    ["Tỷ lệ hộ dùng nước sạch đạt 92,4%, vượt 1,4% so với kế hoạch năm (91%).", "1,4%", "2,4%"],
    ["Tỷ lệ thu gom rác thải đạt 78,2%, thấp hơn 2,8% so với mục tiêu đề ra (81%).", "2,8%", "3,8%"],
    ["Tỷ lệ lao động qua đào tạo đạt 67,3%, cao hơn 2,3% so với chỉ tiêu Nghị quyết (65%).", "2,3%", "3,2%"],
  ]);
  it("the relative reading of a gap to a plan stays quiet (92,4 ÷ 91 = 101,54%)", () => {
    expect(alarms("Tỷ lệ hộ dùng nước sạch đạt 92,4%, cao hơn 1,54% so với kế hoạch (91%).")).toEqual([]);
  });
  it("a gap to last year's measured rate keeps its rounding (91% may be 91,4%)", () => {
    expect(alarms("Tỷ lệ bao phủ đạt 86,5%, thấp hơn 5,4% so với cùng kỳ năm trước (91%).")).toEqual([]);
  });
  it("an approximate target keeps its width", () => {
    expect(alarms("Tỷ lệ bao phủ đạt 86,5%, thấp hơn 5,4% so với chỉ tiêu (khoảng 91%).")).toEqual([]);
  });
  it("the finding names the stated gap and the two rates", () => {
    const f = alarmsOf(checkNarrative("Tỷ lệ bao phủ BHYT đạt 86,5%, thấp hơn 5,4% so với chỉ tiêu (91%)."));
    expect(f.map((x) => x.code)).toEqual(["change_percent_mismatch"]);
    expect(f[0]?.excerpt).toContain("86,5%");
    expect(f[0]?.excerpt).toContain("(91%");
  });
});


describe("averages after a judged one share its divisor (averages.ts sharedDivisor)", () => {
  twins(AVERAGES, [
    ["Trong 5 năm gần đây, cả nước ghi nhận 927 vụ ngộ độc thực phẩm với 30.733 người bị ngộ độc, trong đó có 229 người chết. Trung bình mỗi năm xảy ra 185 vụ với 6.147 người ngộ độc và 46 người chết.", "6.147", "7.147"],
    ["Trong 5 năm gần đây, cả nước ghi nhận 927 vụ ngộ độc thực phẩm với 30.733 người bị ngộ độc, trong đó có 229 người chết. Trung bình mỗi năm xảy ra 185 vụ với 6.147 người ngộ độc và 46 người chết.", "và 46", "và 64"],
    ["Năm qua, trung tâm mở 12 lớp cho 360 học viên với 48 giáo viên; bình quân mỗi lớp 30 học viên và 4 giáo viên.", "và 4", "và 6"],
    ["Trong 3 năm, huyện hỗ trợ 1.230 hộ với 45,6 tỷ đồng; bình quân mỗi năm 410 hộ với 15,2 tỷ đồng.", "15,2", "18,2"],
  ]);
  it("a figure after the average that is a part stays quiet", () => {
    expect(alarms("Trong 5 năm gần đây, cả nước ghi nhận 900 vụ ngộ độc thực phẩm với 27.000 người bị ngộ độc. Trung bình mỗi năm xảy ra 180 vụ, trong đó 12 vụ tại bếp ăn tập thể.")).toEqual([]);
  });
  it("two counts of the same thing before, neither repeated by the average's words, say nothing", () => {
    expect(alarms("Quý I, toàn tỉnh xảy ra 182 vụ tai nạn, làm chết 91 người, bị thương 137 người. Bình quân mỗi ngày xảy ra 2 vụ, làm chết 3 người.")).toEqual([]);
  });
  it("a wrong first average stops the reading: the divisor is not sure", () => {
    const f = alarmsOf(checkNarrative("Năm qua, trung tâm mở 12 lớp cho 360 học viên với 48 giáo viên; bình quân mỗi lớp 40 học viên và 6 giáo viên."));
    expect(f.map((x) => x.excerpt.includes("40"))).toEqual([true]);
  });
});
