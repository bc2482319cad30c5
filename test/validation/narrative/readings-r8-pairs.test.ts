import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/index.js";
import { alarmCodes as alarms } from "./real-sets.js";

// Brief r8: the earlier period's figures written as a pair in parentheses "(a/b)", each the base of
// the change of the current figure in the same place (rules/readings/pairs.ts). Right sentences
// stay quiet, their wrong twins are caught, and "a/b" that is a share, a score, a date or a
// number of a document is no pair.
const excerptOf = (text: string, code: string): string | undefined => checkNarrative(text).find((f) => f.code === code)?.excerpt;

describe("changes against an earlier pair '(a/b)'", () => {
  it("reads two listed current figures against the pair, first with first, second with second", () => {
    const right = "Lũy kế 9 tháng, toàn tỉnh ghi nhận 4.200 ca tay chân miệng, 6 ca biến chứng nặng. So với năm trước (1.400/9), số ca tăng 3 lần, ca biến chứng giảm 3 ca.";
    expect(alarms(right)).toEqual([]);
    const wrong = right.replace("giảm 3 ca", "giảm 5 ca");
    expect(alarms(wrong)).toEqual(["difference_mismatch"]);
    expect(excerptOf(wrong, "difference_mismatch")).toContain("giảm 5");
    expect(alarms(right.replace("tăng 3 lần", "tăng 4 lần"))).toEqual(["multiple_mismatch"]);
  });

  it("reads a pair written 'a lượt/b người' against the pair after the changes", () => {
    const right = "Quý III, trụ sở tiếp công dân đã tiếp 420 lượt/515 người. So với cùng kỳ năm trước giảm 60 lượt, 85 người (quý III năm trước đã tiếp 480 lượt/600 người).";
    expect(alarms(right)).toEqual([]);
    const wrong = right.replace("85 người (", "58 người (");
    expect(alarms(wrong)).toEqual(["difference_mismatch"]);
    expect(excerptOf(wrong, "difference_mismatch")).toContain("58 người");
  });

  it("reads one change in percent between two pairs written alike", () => {
    const right = "Trong tuần, số ca nhập viện là 1.250/3, so với tuần trước (1.000/4) số ca nhập viện tăng 25%.";
    expect(alarms(right)).toEqual([]);
    const wrong = right.replace("tăng 25%", "tăng 52%");
    expect(alarms(wrong)).toEqual(["change_percent_mismatch"]);
    expect(excerptOf(wrong, "change_percent_mismatch")).toContain("tăng 52%");
  });

  it("reads 'giảm … lần' as the earlier figure over the current one", () => {
    const right = "Năm nay địa bàn ghi nhận 300 vụ cháy, 2 người chết. So với cùng kỳ (900/7), số vụ giảm 3 lần, số người chết giảm 5 người.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("giảm 3 lần", "giảm 2 lần"))).toEqual(["multiple_mismatch"]);
  });

  it("stays quiet on a share, a score, a date or a document number written 'a/b'", () => {
    expect(alarms("Đến nay đạt 45/50 xã đạt chuẩn nông thôn mới (năm trước 40/50 xã), tăng 5 xã.")).toEqual([]);
    expect(alarms("Toàn huyện có 18/22 xã hoàn thành, so với cùng kỳ (15/22 xã) tăng 3 xã, tỷ lệ tăng 13,6 điểm phần trăm.")).toEqual([]);
    expect(alarms("Tỷ lệ 3/5 hộ có nước sạch, so với năm trước (2/5) tăng 1 hộ.")).toEqual([]);
    expect(alarms("Đoàn kiểm tra 120 cơ sở, 8 cơ sở vi phạm. So với kỳ trước (12/5) tăng 20 cơ sở, giảm 2 cơ sở.")).toEqual([]);
    expect(alarms("Năm nay cấp 300 giấy phép, 20 giấy phép bị thu hồi. So với năm trước (Quyết định 123/QĐ-UBND) tăng 50 giấy phép, giảm 5 giấy phép.")).toEqual([]);
  });
});
