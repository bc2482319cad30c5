import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { lastAnd } from "../../../src/validation/narrative/rules/readings/lists.js";
import { formatViNumber } from "../../../src/format/number.js";
import { alarmsOf } from "./real-sets.js";

// Brief r8: shapes grouped from the misses of real sets 2–7 (a change with its amount after its
// percentage or "= p%", a change followed by its two ends, a list with a serial comma). Each
// right sentence stays quiet, each wrong twin is caught on the wrong figure, and each trap (a
// sentence that looks like the shape and is not) stays quiet.
const alarms = (text: string): string[] => alarmsOf(checkNarrative(text)).map((f) => `${f.code} ${f.excerpt}`);

describe("a change with its amount, the earlier figure not written", () => {
  it("reads 'tăng p%, tương ứng tăng d' and '(tăng d)' after the percentage", () => {
    const right = "7 tháng/2017 đạt 81,09 tỷ USD, tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD so với cùng kỳ năm trước.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("19,8%", "18,9%"))).toEqual(["change_percent_mismatch 81,09 tỷ USD, tăng 18,9%, tương ứng tăng hơn 13,38 tỷ"]);
    expect(alarms("Tiếp nhận 4.120 hồ sơ, tăng 12,6% (tăng 460 hồ sơ) so với cùng kỳ.")).toEqual([]);
    expect(alarms("Tiếp nhận 4.120 hồ sơ, tăng 18,6% (tăng 460 hồ sơ) so với cùng kỳ.")).toEqual(["change_percent_mismatch 4.120 hồ sơ, tăng 18,6% (tăng 460"]);
  });

  it("reads a count change '= p%', the excerpt holding the percentage", () => {
    const right = "TAND 2 cấp TP đã thụ lý 30.777 vụ, tăng 2.029 vụ = 7% so với năm 2016; đã giải quyết 27.755 vụ.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("= 7%", "= 9%"))).toEqual(["change_percent_mismatch 30.777 vụ, tăng 2.029 vụ = 9%"]);
  });

  it("leaves alone an amount of another direction or thing, a share after '=', and a change in an aside after a list", () => {
    expect(alarms("Tiếp nhận 4.120 hồ sơ, tăng 30% (giảm 460 hồ sơ trực tiếp) so với cùng kỳ.")).toEqual([]);
    expect(alarms("Doanh thu đạt 520 triệu đồng, tăng 12%, tương ứng 1.300 giao dịch mới.")).toEqual([]);
    expect(alarms("Tổng số án bị hủy là 193 vụ = 0,69% số án đã giải quyết, giảm 29 vụ so với năm 2016.")).toEqual([]);
    expect(alarms("Đã giải quyết 4.000 vụ, tăng 300 vụ so với năm trước = 12% tổng số vụ thụ lý.")).toEqual([]);
    expect(alarms("- Ở cấp tỉnh tiếp 197 lượt, trong đó: Khiếu nại 52 lượt, tố cáo 13 lượt, loại khác 132 lượt [giảm 160 lượt = 44,82% so cùng kỳ];")).toEqual([]);
  });
});

describe("a change followed by its two ends", () => {
  it("judges 'giảm p% (later/earlier)' as the change, not as the fraction's share", () => {
    const right = "so với 9 ngày đầu Tết năm 2012, số vụ cháy giảm 20,6% (77/97 vụ); thiệt hại tài sản giảm 30,1% (7,2/10,3 tỷ đồng).";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("20,6%", "26,0%"))).toEqual(["change_percent_mismatch giảm 26,0% (77/97"]);
    expect(alarms("Số hồ sơ trực tuyến tăng hơn 12% (93.885/83.602).")).toEqual([]);
    expect(alarms("Số hồ sơ trực tuyến tăng hơn 22% (93.885/83.602).")).toEqual(["change_percent_mismatch tăng hơn 22% (93.885/83.602"]);
  });

  it("leaves a share reached as a share", () => {
    expect(alarms("Tỷ lệ xã đạt chuẩn tăng lên 80% (80/100 xã).")).toEqual([]);
    expect(alarms("Tỷ lệ hồ sơ đúng hạn tăng 80% (80/100 hồ sơ).")).toEqual([]);
    expect(alarms("Số tỉnh hoàn thành kết nối tăng 5 tỉnh (40/63 tỉnh).")).toEqual([]);
    expect(alarms("Chỉ số PAR INDEX của tỉnh tăng 5 bậc (xếp thứ 12/63).")).toEqual([]);
  });

  it("property: a decrease in percent of its two ends, rounded to one decimal, raises nothing; ten points off it is caught (unless it is the share)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 5000 }), fc.integer({ min: 5, max: 60 }), (before, cut) => {
        const now = Math.round((before * (100 - cut)) / 100);
        fc.pre(now > 0 && now < before);
        const p = ((before - now) * 100) / before;
        // A wrong percentage that happens to be the fraction's share is read as that share.
        fc.pre(Math.abs((now * 100) / before - (p + 10)) > 1);
        const text = (x: number) => `Số vụ vi phạm giảm ${x.toFixed(1).replace(".", ",")}% (${formatViNumber(now)}/${formatViNumber(before)} vụ).`;
        expect(alarms(text(p))).toEqual([]);
        expect(alarms(text(p + 10)).map((a) => a.split(" ")[0])).toEqual(["change_percent_mismatch"]);
      }),
    );
  });
});

describe("a list with a serial comma", () => {
  it("counts the items of 'A (…), B (…), và C (…)'", () => {
    const text = (n: number) => `Tại Đông Nam Á, có ${n} nước bị cảnh báo thẻ vàng là Campuchia (năm 2012), Philippines (2014), Thái Lan (năm 2015), và Việt Nam (năm 2017).`;
    expect(alarms(text(4))).toEqual([]);
    expect(alarms(text(3)).map((a) => a.split(" ")[0])).toEqual(["list_count_mismatch"]);
  });

  it("counts a list in a parenthesis after a noun of four words, a 'và' inside a name kept", () => {
    const text = (n: number) => `EC đã đưa ra cảnh báo cho 27 quốc gia, trong đó ${n} nước nhận thẻ đỏ (Belize, Campuchia, Guinea, Sri Lanka, St Vincent và Grenadines, và Comoros).`;
    expect(alarms(text(6))).toEqual([]);
    expect(alarms(text(8)).map((a) => a.split(" ")[0])).toEqual(["list_count_mismatch"]);
  });

  it("drops only the last ', và' with nothing listed after it", () => {
    expect(lastAnd("A, B, và C")).toBe("A, B, C");
    expect(lastAnd("St Vincent và Grenadines, và Comoros")).toBe("St Vincent và Grenadines, Comoros");
    expect(lastAnd("A, và B; C")).toBe("A, và B; C");
    expect(lastAnd("A, B và C")).toBe("A, B và C");
  });
});
