/**
 * The 2025 crosswalk: the real conversion table (test/fixtures/crosswalk-2025.csv.gz) read into a
 * crosswalk, the merger of Giang Sơn, Lãng Ngâm and Đông Cứu into today's Xã Đông Cứu (09487),
 * a real commune split between two new ones (Phường Cống Vị → Giảng Võ, Ngọc Hà), and the
 * largest-remainder shares that add back to the whole.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../../src/communes/index.js";
import {
  parseCrosswalkCsv,
  remapReport,
  remapReports,
  rollup,
  splitByWeights,
  toComparison,
  type Crosswalk,
} from "../../../src/rollup/index.js";
import { communeReport, TEST_CATALOG } from "../helpers.js";

// The official table (MIT, see test/fixtures/crosswalk-2025.LICENSE and NOTICE.md), kept in the
// repository gzipped (2,1 MB → 190 kB) so a clean checkout has it.
const CSV = gunzipSync(readFileSync(new URL("../../fixtures/crosswalk-2025.csv.gz", import.meta.url))).toString("utf8");
const { crosswalk, problems } = parseCrosswalkCsv(CSV, { source: "crosswalk-2025.csv" });
const options = { catalog: TEST_CATALOG };
const old = (code: string, name: string, values: Record<string, number | boolean>, period = "202505") => ({
  ...communeReport(code, values),
  unit: { code, name, level: "xa" as const },
  period,
});

describe("parseCrosswalkCsv on the real table", () => {
  it("reads every old commune and province, with only the island districts without communes skipped", () => {
    expect(Buffer.byteLength(CSV, "utf8")).toBe(2_159_038); // the whole table, as published
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const skipped = problems.filter((p) => p.code === "csv_row_without_commune");
    expect(skipped.length).toBe(CSV.split("\n").filter((l) => /^\d+,[^,]*,\d+,[^,]*,,/.test(l)).length);
    expect(Object.keys(crosswalk.units.xa).length).toBeGreaterThan(10_000);
    expect(Object.keys(crosswalk.units.tinh)).toHaveLength(63);
    expect(crosswalk.validFrom).toBe("2025-07-01");
    expect(crosswalk.source).toBe("crosswalk-2025.csv");
    // Every target is one of today's 3,321 communes, except one slip of the table: it codes Xã Ba
    // Chẽ (Quảng Ninh) 06970, the official list 06978.
    const today = new Set(UNITS_2025.units.filter((u) => u.level === "xa").map((u) => u.code));
    const targets = new Set(Object.values(crosswalk.units.xa).flatMap((e) => e.to.map((t) => t.code)));
    expect([...targets].filter((c) => !today.has(c))).toEqual(["06970"]);
    expect(UNITS_2025.units.find((u) => u.code === "06978")?.name).toBe("Xã Ba Chẽ");
    // Every commune of today receives an old commune, but for that slip and the five special zones
    // made from island districts that had no communes (the skipped rows).
    const unfed = [...today].filter((c) => !targets.has(c)).sort();
    expect(unfed).toEqual(["06978", "11948", "19742", "20333", "21548", "26732"]);
    expect(skipped.map((p) => p.params.newWard)).toEqual(
      unfed.slice(1).map((c) => UNITS_2025.units.find((u) => u.code === c)?.name),
    );
    expect(targets.size).toBe(3321 - 6 + 1);
    const provinces = new Set(Object.values(crosswalk.units.tinh).flatMap((e) => e.to.map((t) => t.code)));
    expect(provinces.size).toBe(34);
  });

  it("Giang Sơn, Lãng Ngâm and Đông Cứu (Huyện Gia Bình, Bắc Ninh) went whole into today's Xã Đông Cứu (09487)", () => {
    for (const [code, name] of [
      ["09463", "Xã Giang Sơn"],
      ["09478", "Xã Lãng Ngâm"],
      ["09487", "Xã Đông Cứu"],
    ] as const) {
      expect(crosswalk.units.xa[code]).toEqual({
        code,
        name,
        level: "xa",
        parent: "27",
        district: "Huyện Gia Bình",
        to: [{ code: "09487", name: "Xã Đông Cứu", weight: 1 }],
      });
    }
    expect(crosswalk.units.tinh["27"]?.to).toEqual([{ code: "24", name: "Tỉnh Bắc Ninh", weight: 1 }]);
    const feeders = Object.values(crosswalk.units.xa).filter((e) => e.to.some((t) => t.code === "09487"));
    expect(feeders.map((e) => e.code).sort()).toEqual(["09463", "09478", "09487"]);
  });

  it("Phường Cống Vị (Quận Ba Đình) was split between Phường Giảng Võ and Phường Ngọc Hà", () => {
    expect(crosswalk.units.xa["00007"]).toMatchObject({
      name: "Phường Cống Vị",
      district: "Quận Ba Đình",
      to: [
        { code: "00008", name: "Phường Ngọc Hà", weight: 1 },
        { code: "00025", name: "Phường Giảng Võ", weight: 1 },
      ],
    });
    const weighted = parseCrosswalkCsv(CSV, { weights: { "00007": { "00025": 3, "00008": 1 } } }).crosswalk;
    expect(weighted.units.xa["00007"]?.to.map((t) => [t.code, t.weight])).toEqual([
      ["00008", 1],
      ["00025", 3],
    ]);
  });

  it("reports a missing column and a malformed row instead of throwing", () => {
    expect(parseCrosswalkCsv("a,b\n1,2").problems.map((p) => p.code)).toContain("csv_missing_column");
    const [header, first] = CSV.split("\n");
    const bad = parseCrosswalkCsv(`${header}\n${first!.replace(/^1,/, "x,")}\n`);
    expect(bad.problems.map((p) => p.code)).toEqual(["csv_bad_row"]);
  });
});

describe("remapReport / remapReports", () => {
  it("the three old communes' figures, merged, are today's Đông Cứu's for last year (exact, not estimated)", () => {
    const lastYear = [
      old("09463", "Xã Giang Sơn", { "t.nhan": 300, "t.tien": 10, "t.nho_nhat": 3, "t.to": true }),
      old("09478", "Xã Lãng Ngâm", { "t.nhan": 250, "t.tien": 20, "t.nho_nhat": 2, "t.to": true }),
      old("09487", "Xã Đông Cứu", { "t.nhan": 400, "t.tien": 30, "t.nho_nhat": 5, "t.to": true }),
    ];
    const { reports, sources, incomplete, issues } = remapReports(lastYear, crosswalk, options);
    expect(reports).toHaveLength(1);
    const dongCuu = reports[0]!;
    expect(dongCuu.unit).toEqual({ code: "09487", name: "Xã Đông Cứu", level: "xa" });
    expect(dongCuu.values).toEqual({ "t.nhan": 950, "t.tien": 60, "t.nho_nhat": 2, "t.to": true });
    expect(dongCuu.flags).toEqual({ "t.to": "estimated" }); // a fact of the new unit inferred from the old ones
    expect(sources["09487"]).toEqual(["09463", "09478", "09487"]);
    expect(incomplete).toEqual({});
    expect(issues).toEqual([]);
    // Without Lãng Ngâm, the comparison is known to be short.
    const short = remapReports([lastYear[0]!, lastYear[2]!], crosswalk, options);
    expect(short.incomplete["09487"]).toEqual(["09478"]);
    expect(short.issues.find((i) => i.code === "crosswalk_sources_missing")?.message).toContain("09478");
  });

  it("Cống Vị's figures are split by largest remainder between Giảng Võ and Ngọc Hà, flagged estimated", () => {
    const congVi = old("00007", "Phường Cống Vị", { "t.nhan": 1001, "t.tien": 7, "t.thu_tuc": 300, "t.to": true, "t.lon_nhat": 9 });
    const { reports, issues } = remapReport(congVi, crosswalk, options);
    expect(reports.map((r) => r.unit.name)).toEqual(["Phường Ngọc Hà", "Phường Giảng Võ"]);
    expect(reports.map((r) => r.values["t.nhan"])).toEqual([501, 500]);
    expect(reports.map((r) => r.values["t.tien"])).toEqual([4, 3]);
    for (const r of reports) {
      expect(r.flags).toEqual({ "t.nhan": "estimated", "t.tien": "estimated", "t.to": "estimated", "t.lon_nhat": "estimated" });
      expect(r.values["t.to"]).toBe(true);
      expect(r.values["t.lon_nhat"]).toBe(9);
      expect(r.values["t.thu_tuc"]).toBeUndefined(); // `none`: not derived across a split
      expect(r.stated).toEqual({});
    }
    expect(issues.map((i) => i.code)).toEqual(["crosswalk_not_derived"]);
    // With the weights 3 (Giảng Võ) : 1 (Ngọc Hà).
    const weighted = parseCrosswalkCsv(CSV, { weights: { "00007": { "00025": 3, "00008": 1 } } }).crosswalk;
    expect(remapReport(congVi, weighted, options).reports.map((r) => r.values["t.nhan"])).toEqual([250, 751]);
  });

  it("split and merged Ba Đình wards still add up to the old district's totals, and roll up to the same province figure", () => {
    const baDinh = Object.values(crosswalk.units.xa).filter((e) => e.district === "Quận Ba Đình");
    expect(baDinh.length).toBeGreaterThan(10);
    const olds = baDinh.map((e, i) => old(e.code, e.name, { "t.nhan": 1000 + 37 * i, "t.tien": 13 * i + 1 }));
    const { reports } = remapReports(olds, crosswalk, options);
    const total = (rs: readonly { values: Record<string, number | boolean> }[], id: string) =>
      rs.reduce((s, r) => s + (r.values[id] as number), 0);
    expect(total(reports, "t.nhan")).toBe(total(olds, "t.nhan"));
    expect(total(reports, "t.tien")).toBe(total(olds, "t.tien"));
    expect(reports.some((r) => r.flags["t.nhan"] === "estimated")).toBe(true);
    const hanoi = rollup(reports, { unit: { code: "01", name: "Thành phố Hà Nội", level: "tinh" }, period: "202505", catalog: TEST_CATALOG });
    expect(hanoi.report.values["t.nhan"]).toBe(total(olds, "t.nhan"));
    expect(hanoi.report.flags["t.nhan"]).toBe("estimated");
    expect(hanoi.provenance["t.nhan"]?.some((c) => c.estimated === true)).toBe(true);
  });

  it("remapped figures become a same-period comparison, and an unknown old unit or bad weight is an error", () => {
    const { reports } = remapReport(old("09463", "Xã Giang Sơn", { "t.nhan": 3 }), crosswalk, options);
    expect(toComparison(reports[0]!)).toEqual({ period: "202505", values: { "t.nhan": 3 }, stated: {}, flags: {} });
    expect(remapReport(old("99999", "Xã ?", {}), crosswalk, options).issues[0]?.code).toBe("crosswalk_unit_unknown");
    const bad: Crosswalk = {
      validFrom: "2025-07-01",
      units: { tinh: {}, xa: { "00001": { code: "00001", name: "X", level: "xa", to: [{ code: "00002", name: "Y", weight: 0 }] } } },
    };
    expect(remapReport(old("00001", "X", { "t.nhan": 1 }), bad, options).issues[0]?.code).toBe("crosswalk_bad_weight");
  });

  it("old provinces map onto new ones; a national report is returned as is", () => {
    const bacGiang = { ...old("24", "Tỉnh Bắc Giang", { "t.nhan": 9 }), unit: { code: "24", name: "Tỉnh Bắc Giang", level: "tinh" as const } };
    expect(remapReport(bacGiang, crosswalk, options).reports[0]?.unit).toEqual({ code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" });
    const vn = { ...old("VN", "Toàn quốc", {}), unit: { code: "VN", name: "Toàn quốc", level: "bo" as const } };
    expect(remapReport(vn, crosswalk, options).reports[0]).toBe(vn);
  });
});

describe("splitByWeights", () => {
  it("gives integer shares that add back to the whole, ties to the larger weight then the earlier part", () => {
    expect(splitByWeights(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitByWeights(7, [2, 1])).toEqual([5, 2]);
    expect(splitByWeights(1, [1, 2])).toEqual([0, 1]);
    expect(splitByWeights(0, [3, 5])).toEqual([0, 0]);
    expect(splitByWeights(Number.MAX_SAFE_INTEGER, [1, 2])).toEqual([3002399751580330, 6004799503160661]);
  });

  it("refuses invalid input", () => {
    expect(splitByWeights(-1, [1])).toBeUndefined();
    expect(splitByWeights(1.5, [1])).toBeUndefined();
    expect(splitByWeights(1, [])).toBeUndefined();
    expect(splitByWeights(1, [0, 1])).toBeUndefined();
  });
});

describe("a hand-written crosswalk with bad targets", () => {
  const entry = (to: { code: string; name: string; weight: number }[]) => ({
    validFrom: "2025-07-01",
    units: { xa: { "09463": { code: "09463", name: "Xã Giang Sơn", level: "xa" as const, to } }, tinh: {} },
  });
  const giangSon = old("09463", "Xã Giang Sơn", { "t.nhan": 300, "t.to": true });

  it("one target listed twice is an error, not a doubled figure", () => {
    const twice = entry([
      { code: "09487", name: "Xã Đông Cứu", weight: 1 },
      { code: "09487", name: "Xã Đông Cứu", weight: 1 },
    ]);
    const { reports, issues } = remapReports([giangSon], twice, options);
    expect(reports).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["crosswalk_bad_target", "error"]]);
    expect(issues[0]?.message).toBe("Bảng chuyển đổi của đơn vị cũ 09463 có đích không hợp lệ (09487 ghi hai lần): không chuyển.");
  });

  it("a \"__proto__\" or empty target code is an error and never touches an object's prototype", () => {
    for (const code of ["__proto__", "", "9487"]) {
      const { reports, sources, issues } = remapReports([giangSon], entry([{ code, name: "X", weight: 1 }]), options);
      expect(reports).toEqual([]);
      expect(issues.map((i) => i.code)).toEqual(["crosswalk_bad_target"]);
      expect(Object.getPrototypeOf(sources)).toBe(Object.prototype);
      expect(Object.keys(sources)).toEqual([]);
    }
  });
});
