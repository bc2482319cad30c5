import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNarrative } from "../../../src/validation/narrative/index.js";
import { countPair } from "../../../src/validation/narrative/rules/readings/shares.js";
import { alarmCodes } from "./real-sets.js";

// Brief g5: shapes set 5's tune half raised false alarms on, read more narrowly (rules/readings/).
// Each right sentence raised a false alarm before; each wrong twin must still be caught.
const alarms = alarmCodes;

describe("narrower readings (set 5)", () => {
  it("reads a pair of counts 'a/b' two digits longer than its whole as no fraction, and keeps fractions above one", () => {
    expect(alarms("Trong đó, số nhập viện là 7.582/1, so với tuần trước (8.811/2) số nhập viện giảm 13,9%.")).toEqual([]);
    expect(alarms("So với cùng kỳ năm 2021 (58.177/21) số mắc tăng 4,8 lần.")).toEqual([]);
    expect(alarms("Có 705/700 xã hoàn thành.")).toEqual(["part_exceeds_whole"]);
    expect(alarms("Đã giải quyết 24.280/22.229 hồ sơ.")).toEqual(["part_exceeds_whole"]);
  });

  it("property: one digit added to a part at most its whole still leaves a fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 9 }), fc.nat(), (whole, digit, at) => {
        const part = String(Math.floor(whole / 2) + 1);
        const k = at % (part.length + 1);
        const slipped = Number(`${part.slice(0, k)}${digit}${part.slice(k)}`);
        expect(countPair({ value: slipped } as never, { value: whole } as never)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("reads people on boats as no share, and still reads 'a trên b' of one thing", () => {
    expect(alarms("Quảng Trị 10 người trên 2 tàu tại Cửa Việt.")).toEqual([]);
    expect(alarms("Có 95 xã trên 90 xã hoàn thành.")).toEqual(["part_exceeds_whole"]);
  });

  it("reads a threshold as no whole", () => {
    expect(alarms("Đã có 10.322 sản phẩm OCOP đạt 3 sao trở lên; trong đó, có 6.900 sản phẩm 4 sao và 42 sản phẩm 5 sao.")).toEqual([]);
  });

  it("reads a list after a split's parenthesis as a second split of its total", () => {
    const right = "Lào Cai: 179 người (98 người chết, 81 người mất tích), gồm: Bảo Yên 110, Sa Pa 9, Bát Xát 17, Si Ma Cai 7, Bắc Hà 34, Văn Bàn 2.";
    expect(alarms(right)).toEqual([]);
    const wrong = checkNarrative(right.replace("Bắc Hà 34", "Bắc Hà 43")).filter((f) => f.severity === "error");
    expect(wrong.map((f) => f.code)).toEqual(["parts_exceed_total"]);
    expect(wrong[0]?.excerpt.startsWith("179 người")).toBe(true);
  });

  it("reads a capitalised claim word ending a place name as part of the name", () => {
    expect(alarms("Có 1.951 ha bị thiệt hại (Lạng Sơn 604, Cao Bằng 807, Bắc Ninh 540).")).toEqual([]);
    expect(alarms("Có 2.051 ha bị thiệt hại (Lạng Sơn 604, Cao Bằng 807, Bắc Ninh 540).")).toEqual(["split_total_mismatch"]);
  });

  it("counts names before a list's colon, never a year as a count, and reads a pair of kinds both ways", () => {
    expect(alarms("Có 5 địa phương hoàn thành dự toán năm là thị xã Chí Linh và các huyện: Nam Sách, Bình Giang, Thanh Hà, Thanh Miện.")).toEqual([]);
    expect(alarms("Có 6 địa phương hoàn thành dự toán năm là thị xã Chí Linh và các huyện: Nam Sách, Bình Giang, Thanh Hà, Thanh Miện.")).toEqual(["list_count_mismatch"]);
    expect(alarms("Các huyện hoàn thành dự toán năm là: Nam Sách, Bình Giang, Thanh Hà.")).toEqual([]);
    const team = "Tổ có 04 người gồm Cán bộ, công chức xã phụ trách các thôn, Trưởng thôn, đại diện Chi đoàn thanh niên và đại diện Hội Phụ nữ thôn.";
    expect(alarms(team)).toEqual([]);
    expect(alarms(team.replace("04 người", "03 người"))).toEqual(["list_count_mismatch"]);
  });
});
