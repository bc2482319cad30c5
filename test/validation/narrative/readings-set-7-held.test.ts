import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/validation/narrative/index.js";
import { plausibleInterval } from "../../../src/validation/narrative/rules/breakdowns.js";
import { roundBound } from "../../../src/validation/narrative/rules/readings/wholes.js";
import type { Token } from "../../../src/validation/narrative/tokens.js";
import { alarmCodes } from "./real-sets.js";

// Brief p8: shapes set 7's held half raised false alarms on (read after three blind measurements),
// read more narrowly (rules/readings/). Each right sentence stays quiet; each wrong twin is caught.
const alarms = alarmCodes;
type NumberToken = Extract<Token, { kind: "number" }>;
const count = (value: number, decimals: number, qualifier?: "trên" | "hơn"): NumberToken =>
  ({ kind: "number", start: 0, end: 0, from: 0, unit: "tấn", label: false, qualifier, fig: { start: 0, end: 0, raw: String(value), value, decimals, malformed: false } }) as unknown as NumberToken;

describe("narrower readings (set 7, held half)", () => {
  it("reads a count after an open 'so với … (' as another period's level, and still catches a part above the total", () => {
    const right = "Số hồ sơ chuyển kỳ sau 5.200 hồ sơ, trong đó số hồ sơ quá hạn là 2.100 hồ sơ, so với số hồ sơ quá hạn năm 2024 (3.400 hồ sơ) giảm 1.300 hồ sơ.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("2.100 hồ sơ, so", "5.900 hồ sơ, so"))).toContain("part_exceeds_whole");
  });

  it("reads counts in a parenthesis after a part as that part's split, and still judges the outer parts", () => {
    const right = "Toàn huyện có 540 cơ sở chăn nuôi. Trong đó, có 140 cơ sở nuôi bò (40 cơ sở quy mô lớn, 100 cơ sở quy mô nhỏ), 400 cơ sở nuôi gà (150 cơ sở quy mô vừa, 250 cơ sở quy mô nhỏ).";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("540 cơ sở", "450 cơ sở"))).toEqual(["parts_exceed_total"]);
  });

  it("reads a part as large as its whole beside another as kinds that overlap, not after 'gồm'", () => {
    expect(alarms("Tỉnh tuyển dụng 40 công chức cấp xã, trong đó có 12 công chức nữ, 40 công chức có trình độ đại học.")).toEqual([]);
    expect(alarms("Tỉnh tuyển dụng 40 công chức cấp xã, gồm 12 công chức nữ, 40 công chức nam.")).toEqual(["parts_exceed_total"]);
  });

  it("reads a round lower bound with a scale word to its last non-zero digit, no further", () => {
    expect(roundBound(count(100_000, -3, "trên"), 104_600)).toBe(true);
    expect(roundBound(count(100_000, -3, "trên"), 230_000)).toBe(false);
    expect(roundBound(count(54_000_000, -6, "hơn"), 56_000_000)).toBe(false);
    expect(roundBound(count(100_000, -3), 104_600)).toBe(false);
    expect(alarms("Toàn tỉnh thu hoạch trên 300 nghìn tấn lúa. Trong đó, vụ đông xuân đạt trên 160 nghìn tấn, vụ mùa đạt trên 175 nghìn tấn.")).toEqual([]);
    expect(alarms("Toàn tỉnh thu hoạch trên 300 nghìn tấn lúa. Trong đó, vụ đông xuân đạt trên 260 nghìn tấn, vụ mùa đạt trên 175 nghìn tấn.")).toEqual(["parts_exceed_total"]);
  });

  it("property: a round bound never reads a sum below the plausible interval's end as past it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom("trên", "hơn") as fc.Arbitrary<"trên" | "hơn">, (m, scale, q) => {
        const t = count(m * 10 ** scale, -scale, q);
        expect(roundBound(t, plausibleInterval(t.fig, q).high)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reads 'a/b' after a change in percent as the two levels, and still judges a share before a pair", () => {
    expect(alarms("So với cùng kỳ, số vụ cháy giảm 20,6% (77/97 vụ); thiệt hại tài sản giảm 30,1% (7,2/10,3 tỷ đồng); doanh thu tăng 12,5% (112,5/100 tỷ đồng).")).toEqual([]);
    expect(alarms("Tỷ lệ hồ sơ trực tuyến đạt 20,6% (77/97 hồ sơ).")).toEqual(["percent_mismatch"]);
  });

  it("reads a part's 'bằng' rate above 100% as its level, and still judges a part's share", () => {
    expect(alarms("Kim ngạch xuất khẩu đạt 1.200 triệu USD, trong đó xuất khẩu nông sản đạt 500 triệu USD, bằng 112,4%.")).toEqual([]);
    expect(alarms("Kim ngạch xuất khẩu đạt 1.200 triệu USD, trong đó xuất khẩu nông sản đạt 500 triệu USD, chiếm 52,4%.")).toEqual(["percent_mismatch"]);
  });

  it("reads a guessed whole's rate as cut at one decimal, and still catches one far off", () => {
    const right = "Tòa án thụ lý 30.777 vụ, tăng 2.029 vụ so với năm trước; đã giải quyết 27.755 vụ, đạt tỉ lệ 90,1%.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("90,1%", "95,1%"))).toEqual(["percent_mismatch"]);
  });

  it("reads a share after shares that make 100% with their counts as another breakdown's", () => {
    const right = "Cử tri bầu đủ 60 đại biểu. Trong số người trúng cử có 20 đại biểu nữ, chiếm tỷ lệ 33,33%; 40 đại biểu nam, chiếm 66,67%; số đại biểu có trình độ đại học trở lên chiếm 95%.";
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace("33,33%", "38,33%"))).toContain("percent_mismatch");
  });

  it("lets a two-decimal change rate be one unit of its last digit off, no more", () => {
    expect(alarms("Số người chết: 966 người, so với năm 2019 giảm 13 người tương ứng 1,34%.")).toEqual([]);
    expect(alarms("Số người chết: 966 người, so với năm 2019 giảm 13 người tương ứng 1,36%.")).toEqual(["change_percent_mismatch"]);
    expect(alarms("Số người chết: 966 người, so với năm 2019 giảm 13 người tương ứng 1,33%.")).toEqual([]);
    expect(alarms("Số người chết: 966 người, so với năm 2019 giảm 13 người tương ứng 1,31%.")).toEqual(["change_percent_mismatch"]);
  });

  it("reads a sentence that opens on a part, or names another scope, as no restatement; one scope twice still is", () => {
    const doc = (a: string, b: string) => checkDocument([{ text: a, path: "Phần II" }, { text: b, path: "Phần IV" }]).filter((f) => f.severity !== "info").map((f) => f.code);
    expect(doc("Cả nước hiện có 551 xã chưa phủ sóng di động 4G.", "Tại tỉnh Lai Châu hiện có 33 xã chưa phủ sóng di động 4G.")).toEqual([]);
    expect(doc("Riêng khu vực các xã vùng cao, vùng sâu, vùng xa thuộc ba huyện phía tây hiện vẫn còn 471 hộ gia đình chưa mở tài khoản ngân hàng.", "Toàn tỉnh hiện có 2.405 hộ gia đình chưa mở tài khoản ngân hàng.")).toEqual([]);
    expect(doc("Toàn tỉnh có 23 thôn chưa phủ sóng điện thoại di động.", "Khó khăn: toàn tỉnh còn 28 thôn chưa phủ sóng điện thoại di động ổn định.")).toEqual(["quantity_restated"]);
  });
});
