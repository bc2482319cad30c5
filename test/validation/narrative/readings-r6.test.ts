import { describe, expect, it } from "vitest";
import { AVERAGES, CHANGES, alarms, twins } from "./twins.js";

// Brief r6 (changes and averages, recall on real prose): shapes grouped from the tune misses of
// real sets 2…10. Each right sentence stays quiet; its wrong twin is caught on the changed figure
// by a code of the changes or the averages family. Sentences written for these tests.

describe("a trade balance against its exports and imports (readings/balances.ts)", () => {
  twins(CHANGES, [
    ["Quý I, tỉnh xuất khẩu 1,25 tỷ USD, nhập khẩu 980 triệu USD (xuất siêu 270 triệu USD).", "270 triệu", "720 triệu"],
    ["Kim ngạch xuất khẩu của thành phố đạt 4,1 tỷ USD trong khi nhập khẩu lên tới 6,35 tỷ USD, khiến thành phố nhập siêu 2,25 tỷ USD.", "2,25", "2,52"],
    ["Năm 2024, Đồng Tháp xuất siêu 412 triệu USD. Trong đó, kim ngạch xuất khẩu đạt 1.530 triệu USD và kim ngạch nhập khẩu đạt 1.118 triệu USD.", "412", "421"],
    ["Huyện A xuất khẩu 52 triệu USD, nhập khẩu 40 triệu USD (xuất siêu 12 triệu USD); huyện B xuất khẩu 30 triệu USD, nhập khẩu 41 triệu USD (nhập siêu 11 triệu USD).", "(nhập siêu 11", "(nhập siêu 17"],
  ]);
  it("quiet when the clause holds two exports (a month's and the year's)", () => {
    expect(alarms("Xuất khẩu tháng 10 đạt 3 tỷ USD, xuất khẩu 10 tháng đạt 30 tỷ USD, nhập khẩu 10 tháng đạt 25 tỷ USD, xuất siêu 9 tỷ USD.")).toEqual([]);
  });
  it("quiet on a change of the balance", () => {
    expect(alarms("Xuất khẩu đạt 30 tỷ USD, nhập khẩu 25 tỷ USD; xuất siêu tăng 1 tỷ USD so với cùng kỳ.")).toEqual([]);
  });
});

describe("a change's amount, its percentage after 'tương đương' and the level it reached (differences.ts, readings/changes.ts levelAfter)", () => {
  twins(CHANGES, [
    ["Chốt phiên, VN-Index tăng 8,4 điểm (tương đương 0,67%), đạt mức 1.262,4 điểm.", "0,67%", "0,76%"],
    ["Chỉ số UPCoM giảm 0,52 điểm (tương đương 0,55%), lùi về mức 94,1 điểm.", "0,55%", "0,35%"],
    ["Giá vàng miếng tăng 1,2 triệu đồng (tương đương 1,5%), lên 81,2 triệu đồng mỗi lượng.", "1,5%", "2,5%"],
    ["Mực nước hồ giảm 1,8 m, tương đương 2,4%, xuống còn 73,2 m.", "2,4%", "4,2%"],
  ]);
  it("quiet on a share after 'tương đương'", () => {
    expect(alarms("Dư nợ tăng 120 tỷ đồng, tương đương 3,5% tổng dư nợ toàn tỉnh, đạt 3.520 tỷ đồng.")).toEqual([]);
  });
});

describe("an average's approximate operands keep the range of their word (averages.ts)", () => {
  twins(AVERAGES, [
    ["Năm nay cả tỉnh xuất khẩu gần 1,8 triệu tấn cà phê, trị giá 4,05 tỷ USD; giá xuất khẩu bình quân đạt 2.300 USD/tấn.", "2.300", "3.200"],
    ["Huyện đã hỗ trợ hơn 1.200 hộ với tổng kinh phí 3,6 tỷ đồng, bình quân 2,8 triệu đồng/hộ.", "2,8", "4,8"],
  ]);
});

describe("a day average divides by the days of the period named before it (averages.ts periodDays)", () => {
  twins(AVERAGES, [
    ["Trong quý III năm 2024, toàn tỉnh tiếp nhận 18.400 hồ sơ trực tuyến; bình quân mỗi ngày có 200 hồ sơ.", "200 hồ sơ", "280 hồ sơ"],
    ["Tính chung 6 tháng đầu năm, cảng đón 5.430 lượt tàu. Bình quân một ngày có 30 lượt tàu cập cảng.", "có 30 lượt", "có 50 lượt"],
    ["Mỗi năm thành phố phát sinh khoảng 730 nghìn tấn rác thải, trung bình mỗi ngày 2.000 tấn.", "2.000", "3.000"],
  ]);
  it("quiet on a week (holidays) and on working days", () => {
    expect(alarms("Trong một tuần, trung tâm tiếp nhận 722 hồ sơ, trung bình mỗi ngày 180 hồ sơ.")).toEqual([]);
    expect(alarms("Trong quý II, bộ phận một cửa tiếp nhận 9.300 lượt; bình quân mỗi ngày làm việc có 150 lượt.")).toEqual([]);
  });
});

describe("a sentence that opens on its remainder takes its total and done part from the sentences before (remainders.ts earlierLevels)", () => {
  twins(CHANGES, [
    ["Năm 2024, tòa án thụ lý 318 vụ, giải quyết 276 vụ. So với năm trước, thụ lý tăng 12 vụ, giải quyết giảm 5 vụ. Còn tồn 42 vụ đang tiếp tục giải quyết.", "Còn tồn 42", "Còn tồn 24"],
    ["Sở tiếp nhận 1.450 hồ sơ, đã giải quyết 1.385 hồ sơ. Còn lại 65 hồ sơ đang được thẩm định.", "65", "56"],
    ["Cơ quan thi hành án thụ lý 2.140 việc, giải quyết xong 1.862 việc.\n\nSo với cùng kỳ, thụ lý tăng 104 việc. Án còn tồn 278 việc chuyển sang kỳ sau.", "278", "287"],
  ]);
  it("quiet when the remainder does not open its sentence, or the sentence before lists more than a total and its part", () => {
    expect(alarms("Trong 13 người mất tích, có 12 người trên tàu cá bị chìm. Ngoài ra, còn 8 lao động trên tàu khác mất liên lạc.")).toEqual([]);
    expect(alarms("Toàn tỉnh có 420 nhà bị ngập (huyện A: 120 nhà; huyện B: 200 nhà; huyện C: 100 nhà). Hiện còn khoảng 80 nhà còn ngập.")).toEqual([]);
  });
});

describe("the earlier figure after '(năm Y đạt …' or '(cùng kỳ đạt …' (differences.ts PERIOD_REACHED)", () => {
  twins(CHANGES, [
    ["Công suất sử dụng giường bệnh đạt 112,4%, giảm 20,6% so với cùng kỳ (năm 2023 đạt 133%).", "20,6%", "26,0%"],
    ["Doanh thu đạt 520 tỷ đồng, tăng 12% so với cùng kỳ (năm 2023 đạt 464 tỷ đồng).", "12%", "21%"],
    ["Số lượt khám đạt 1.200 lượt, tăng 100 lượt so với cùng kỳ (cùng kỳ đạt 1.100 lượt).", "tăng 100", "tăng 200"],
  ]);
  it("quiet when the parenthesis holds another clause after its period", () => {
    expect(alarms("Doanh thu đạt 520 tỷ đồng, tăng 12% so với cùng kỳ (năm 2023 tăng 8%, đạt 464 tỷ đồng).")).toEqual([]);
  });
});

describe("a plan named before the parenthesis and again in it is the earlier figure (differences.ts namedInParenthesis)", () => {
  twins(CHANGES, [
    ["Năm 2024, toàn tỉnh giải quyết việc làm cho 18,2 nghìn lao động, vượt 21,3% kế hoạch năm (kế hoạch là 15 nghìn lao động).", "21,3%", "12,3%"],
    ["Thu ngân sách đạt 5.460 tỷ đồng, vượt 5% dự toán (dự toán là 5.200 tỷ đồng).", "5%", "15%"],
  ]);
  it("quiet when the parenthesis names a part, not the plan", () => {
    expect(alarms("Thu ngân sách đạt 5.460 tỷ đồng, vượt 5% dự toán (trong đó thu nội địa 4.100 tỷ đồng).")).toEqual([]);
  });
});

describe("an average's operands written 'a đơn vị/N per' (averages.ts overCount)", () => {
  twins(AVERAGES, [
    ["Tổng số tiêu chí đạt được: 1.150 tiêu chí/74 xã. Số tiêu chí đạt bình quân: 15,5 tiêu chí/1 xã.", "15,5", "17,5"],
    ["Năm qua, trung tâm đào tạo 1.830 học viên/12 lớp, bình quân 152 học viên/lớp.", "152", "172"],
  ]);
  it("quiet when the count after '/' counts another thing", () => {
    expect(alarms("Đã tiếp 866 lượt/964 lượt người; bình quân 40 lượt/ngày.")).toEqual([]);
  });
});
