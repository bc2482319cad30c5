import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/validation/narrative/index.js";
import { changeInterval } from "../../../src/validation/narrative/rules/readings/changes.js";
import { entryCount } from "../../../src/validation/narrative/rules/readings/subjects.js";
import { figureInterval } from "../../../src/validation/narrative/rules/breakdowns.js";
import { alarmCodes } from "./real-sets.js";

// Brief p3: shapes set 6's tune half raised false alarms on, read more narrowly (rules/readings/),
// and wholes of administrative units split by their kinds. Each right sentence stays quiet; each
// wrong twin is caught.
const alarms = alarmCodes;

describe("narrower readings (set 6)", () => {
  it("lets an approximate change be off by a step of its last written digit, and still catches a wrong percentage", () => {
    const right = "Thu nhập bình quân ước đạt 4,95 triệu đồng/người/tháng, tăng gần 280 nghìn đồng/người/tháng, tương ứng với tăng 5,9% so với năm 2022.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("5,9%", "9,5%"))).toEqual(["change_percent_mismatch"]);
    expect(changeInterval({ fig: { start: 0, end: 0, raw: "280", value: 280_000, decimals: -3, malformed: false }, qualifier: "gần" })).toEqual({ low: 270_000, high: 280_500 });
  });

  it("property: the interval of an approximate change only ever widens the figure's own", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.constantFrom("gần", "hơn", "trên", "khoảng", "xấp xỉ", "dưới", "gần như"), (value, qualifier) => {
        const t = { fig: { start: 0, end: 0, raw: String(value), value, decimals: 0, malformed: false }, qualifier } as const;
        const wide = changeInterval(t);
        const own = figureInterval(t);
        expect(wide.low).toBeLessThanOrEqual(own.low);
        expect(wide.high).toBeGreaterThanOrEqual(own.high);
        expect(wide.low).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it("reads an average of a part after an average of the whole as no quotient, and still checks a plain average", () => {
    expect(alarms("Tổng số tiêu chí đạt chuẩn lên 1.922 tiêu chí, bình quân đạt 14,1 tiêu chí/xã. Riêng 11 xã phấn đấu đạt chuẩn NTM trong năm nay, đã đạt bình quân 15,6 tiêu chí/xã.")).toEqual([]);
    expect(alarms("Tổ chức 12 lớp với 1.830 học viên, bình quân 172 học viên/lớp.")).toEqual(["average_mismatch"]);
  });

  it("reads a share in bare parentheses after the first share's parenthesis as a part of the list", () => {
    const right = "Chủ yếu là dân tộc Nùng (chiếm 52,8%), Tày (41,7%), còn lại là các dân tộc khác: Dao, Kinh, Hoa… chiếm 5,5%.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("41,7%", "47,1%"))).toEqual(["parts_exceed_total"]);
    expect(alarms(right.replace("41,7%", "31,7%"))).toEqual(["parts_total_mismatch"]);
  });

  it("reads counts after numbered entries' names as each entry's own, not one quantity restated", () => {
    expect(entryCount("2 đặc khu. 4. Đà Nẵng: Có ")).toBe(true);
    expect(entryCount("Toàn tỉnh: Có ")).toBe(false);
    const text = "3. Hải Phòng: Có 114 đơn vị hành chính cấp xã, gồm 67 xã, 45 phường và 2 đặc khu. 4. Đà Nẵng: Có 94 đơn vị hành chính cấp xã, gồm 23 phường, 70 xã và 1 đặc khu.";
    expect(alarms(text)).toEqual([]);
    expect(checkDocument([{ text: "3. Hải Phòng: Có 114 đơn vị hành chính cấp xã.", path: "I" }, { text: "4. Đà Nẵng: Có 94 đơn vị hành chính cấp xã.", path: "I" }]).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("splits a whole of administrative units by their kinds", () => {
    expect(alarms("Tỉnh Tuyên Quang có tổng số đơn vị hành chính cấp xã là 124 đơn vị (117 xã, 7 phường).")).toEqual([]);
    expect(alarms("Tỉnh Tuyên Quang có tổng số đơn vị hành chính cấp xã là 124 đơn vị (107 xã, 7 phường).")).toEqual(["split_total_mismatch"]);
    expect(alarms("3. Hải Phòng: Có 114 đơn vị hành chính cấp xã, gồm 67 xã, 54 phường và 2 đặc khu.")).toEqual(["parts_exceed_total"]);
    // Without "hành chính" the units may count anything: not read.
    expect(alarms("Đã kết nối mạng cho 70 đơn vị (21 xã, 19 phường) trong quý I.")).toEqual([]);
  });

  it("reads the whole before a range in its phrase ('47 xã đạt từ 15 - 18 tiêu chí (trong đó có a xã …)')", () => {
    const right = "Hiện có 47 xã đạt từ 15 - 18 tiêu chí (trong đó có 23 xã đã được công nhận đạt chuẩn NTM nhưng bị sụt giảm tiêu chí); 38 xã đạt từ 10 - 14 tiêu chí.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("có 23 xã", "có 53 xã"))).toEqual(["part_exceeds_whole"]);
    expect(alarms("Có 12 xã đạt từ 15 - 18 tiêu chí (trong đó có 40 tiêu chí về hạ tầng số đã hoàn thành).")).toEqual([]);
  });

  it("reads shares after 'Tỷ trọng' whose parts open with one word as one list", () => {
    const right = "Tỷ trọng khu vực công nghiệp - xây dựng chiếm 56,34%, khu vực dịch vụ và thuế sản phẩm chiếm 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm 12,35%.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("31,31%", "33,31%"))).toEqual(["parts_exceed_total"]);
  });
});
