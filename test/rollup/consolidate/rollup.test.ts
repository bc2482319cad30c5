/**
 * Example tests of `rollup`: each aggregation kind, overflow, percentage-only children,
 * duplicates, coverage (reported, missing, late, per figure), provenance, flags, comparisons.
 */
import { describe, expect, it } from "vitest";
import { formatViNumber } from "../../../src/format/index.js";
import { consolidatedDocument, rollup, rollupHierarchy, type RollupOptions } from "../../../src/rollup/index.js";
import { indexUnits } from "../../../src/schema/unit.js";
import { UNITS_2025 } from "../../../src/communes/index.js";
import { communeReport, PROVINCE, TEST_CATALOG } from "../helpers.js";

const OPTIONS: RollupOptions = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };

describe("sum", () => {
  it("adds exactly and an overflow past MAX_SAFE_INTEGER is an error, never a number", () => {
    const a = communeReport("00001", { "t.tien": Number.MAX_SAFE_INTEGER, "t.nhan": 5 });
    const b = communeReport("00002", { "t.tien": 1, "t.nhan": 7 });
    const { report, issues, coverage } = rollup([a, b], OPTIONS);
    expect(report.values["t.tien"]).toBeUndefined();
    expect(report.values["t.nhan"]).toBe(12);
    const overflow = issues.find((i) => i.code === "sum_overflow");
    expect(overflow).toMatchObject({ severity: "error", path: ["values", "t.tien"], params: { id: "t.tien", contributed: 2 } });
    expect(overflow?.message).toContain("9.007.199.254.740.991");
    // Coverage still says who gave it.
    expect(coverage.perFigure["t.tien"]).toEqual({ contributed: 2, reported: 2 });
  });

  it("a figure past the limit that a relation leaves out does not make the total an overflow", () => {
    // 00002's "đã giải quyết" (a slip: above its "tiếp nhận") would overflow; it is left out, and
    // the province's total is exactly the other commune's.
    const sane = communeReport("00001", { "t.nhan": 20, "t.xong": 10 });
    const slip = communeReport("00002", { "t.nhan": 5, "t.xong": Number.MAX_SAFE_INTEGER - 3 });
    for (const kids of [
      [sane, slip],
      [slip, sane],
    ]) {
      const { report, issues, coverage } = rollup(kids, OPTIONS);
      expect(report.values["t.xong"]).toBe(10);
      expect(report.values["t.nhan"]).toBe(25);
      expect(issues.some((i) => i.code === "sum_overflow")).toBe(false);
      expect(issues.find((i) => i.code === "child_part_exceeds_whole")?.params.unit).toBe("00002");
      expect(coverage.perFigure["t.xong"]).toEqual({ contributed: 1, reported: 2 });
    }
    // Two sane figures that really overflow still do.
    const big = communeReport("00003", { "t.nhan": Number.MAX_SAFE_INTEGER, "t.xong": Number.MAX_SAFE_INTEGER - 3 });
    const res = rollup([sane, slip, big], OPTIONS);
    expect(res.report.values["t.xong"]).toBeUndefined();
    expect(res.issues.filter((i) => i.code === "sum_overflow").map((i) => i.params.id)).toEqual(["t.nhan", "t.xong"]);
  });

  it("exactly MAX_SAFE_INTEGER is still a figure", () => {
    const a = communeReport("00001", { "t.tien": Number.MAX_SAFE_INTEGER - 10 });
    const b = communeReport("00002", { "t.tien": 10 });
    const { report, issues } = rollup([a, b], OPTIONS);
    expect(report.values["t.tien"]).toBe(Number.MAX_SAFE_INTEGER);
    expect(issues.some((i) => i.code === "sum_overflow")).toBe(false);
  });

  it("an invalid child figure (fraction, negative, yes/no in a count) is an error and is not added", () => {
    const a = communeReport("00001", { "t.tien": 1.5, "t.nhan": -3 });
    const b = communeReport("00002", { "t.tien": 10, "t.nhan": true });
    const c = communeReport("00003", { "t.tien": 4, "t.nhan": 2 });
    const { report, issues } = rollup([a, b, c], OPTIONS);
    expect(report.values["t.tien"]).toBe(14);
    expect(report.values["t.nhan"]).toBe(2);
    const invalid = issues.filter((i) => i.code === "invalid_child_value");
    expect(invalid.map((i) => [i.params.unit, i.params.id])).toEqual([
      ["00001", "t.tien"],
      ["00001", "t.nhan"],
      ["00002", "t.nhan"],
    ]);
    expect(invalid.every((i) => i.severity === "error")).toBe(true);
  });
});

describe("none, min, max, countTrue", () => {
  it("a `none` figure (procedures a province offers) is not derived from the communes", () => {
    const a = communeReport("00001", { "t.thu_tuc": 300 });
    const b = communeReport("00002", { "t.thu_tuc": 320 });
    const { report, coverage } = rollup([a, b], OPTIONS);
    expect(report.values["t.thu_tuc"]).toBeUndefined();
    expect(coverage.perFigure["t.thu_tuc"]).toBeUndefined();
  });

  it("min and max keep the extreme of the children that gave them", () => {
    const a = communeReport("00001", { "t.nho_nhat": 4, "t.lon_nhat": 4 });
    const b = communeReport("00002", { "t.nho_nhat": 2, "t.lon_nhat": 9 });
    const c = communeReport("00003", {});
    const { report, coverage } = rollup([a, b, c], OPTIONS);
    expect(report.values["t.nho_nhat"]).toBe(2);
    expect(report.values["t.lon_nhat"]).toBe(9);
    expect(coverage.perFigure["t.nho_nhat"]).toEqual({ contributed: 2, reported: 3 });
  });

  it("countTrue counts the communes for which the fact holds, out of those that gave it (“x/y xã”)", () => {
    const kids = [true, true, false].map((v, i) => communeReport(`0000${i + 1}`, { "t.to": v }));
    const { report, countTrue } = rollup([...kids, communeReport("00009", {})], OPTIONS);
    expect(countTrue?.["t.to"]).toEqual({ count: 2, of: 3, complete: true });
    expect(report.values["t.to"]).toBe(2);
    expect(report.stated["t.to"]).toEqual({ value: 2, decimals: 0, max: 3 });
    const c = countTrue!["t.to"]!;
    expect(`${formatViNumber(c.count)}/${formatViNumber(c.of)} xã`).toBe("2/3 xã");
  });

  it("across two levels the denominators add up (2.950/3.321 xã), and a count without its `of` is a lower bound", () => {
    const VN = { code: "VN", name: "Toàn quốc", level: "bo" } as const;
    const province = (code: string, count: number, of?: number) => ({
      ...communeReport("00000", { "t.to": count }),
      unit: { code, name: `Tỉnh ${code}`, level: "tinh" as const },
      stated: of === undefined ? {} : { "t.to": { value: count, decimals: 0, max: of } },
    });
    const full = rollup([province("01", 2000, 2100), province("24", 950, 1221)], { ...OPTIONS, unit: VN });
    expect(full.countTrue?.["t.to"]).toEqual({ count: 2950, of: 3321, complete: true });
    expect(`${formatViNumber(full.countTrue!["t.to"]!.count)}/${formatViNumber(full.countTrue!["t.to"]!.of)} xã`).toBe("2.950/3.321 xã");
    const partial = rollup([province("01", 2000, 2100), province("24", 950)], { ...OPTIONS, unit: VN });
    expect(partial.countTrue?.["t.to"]).toEqual({ count: 2950, of: 3050, complete: false });
    expect(partial.report.stated["t.to"]).toBeUndefined();
    expect(partial.issues.find((i) => i.code === "count_true_of_unknown")?.params.units).toEqual(["24"]);
  });
});

describe("stated figures without counts", () => {
  it("a child that states only a percentage is not added in, and the rollup names the child and figure", () => {
    const a = communeReport("00001", { "t.nhan": 100 }, { stated: { "t.tl_dung": { value: 99.7, decimals: 1, text: "99,7%" } } });
    const b = communeReport("00002", { "t.nhan": 50, "t.xong": 50, "t.dung": 40, "t.tre": 10 });
    const { report, issues } = rollup([a, b], OPTIONS);
    const issue = issues.find((i) => i.code === "stated_without_counts");
    expect(issue).toMatchObject({
      severity: "warning",
      path: ["children", "00001", "stated", "t.tl_dung"],
      params: { unit: "00001", unitName: "Xã 00001", id: "t.tl_dung", value: 99.7, missing: ["t.dung", "t.xong"] },
    });
    expect(issue?.message).toContain("Xã 00001");
    expect(issue?.message).toContain("99,7%");
    // The parent's rate is that of the counts only: 40/50, no trace of 99,7%.
    expect(report.values["t.dung"]).toBe(40);
    expect(report.values["t.xong"]).toBe(50);
    expect(report.stated["t.tl_dung"]).toBeUndefined();
  });

  it("an approximate count (“hơn 1.200”) without the exact figure is reported and not added", () => {
    const a = communeReport("00001", {}, { stated: { "t.tien": { value: 1200, decimals: 0, qualifier: "hơn", text: "hơn 1.200" } } });
    const b = communeReport("00002", { "t.tien": 5 });
    const { report, issues } = rollup([a, b], OPTIONS);
    expect(report.values["t.tien"]).toBe(5);
    expect(issues.find((i) => i.code === "stated_without_value")?.params).toMatchObject({ unit: "00001", id: "t.tien" });
  });
});

describe("duplicates", () => {
  it("two reports from the same unit for the period count once (the later one), as an issue", () => {
    const first = communeReport("00001", { "t.nhan": 100 }, { document: { ...communeReport("x", {}).document, date: "2026-05-15" } });
    const resend = { ...first, document: { ...first.document, date: "2026-05-16" }, values: { "t.nhan": 120 } };
    const other = communeReport("00002", { "t.nhan": 1 });
    const { report, coverage, issues, provenance } = rollup([resend, other, first], OPTIONS);
    expect(report.values["t.nhan"]).toBe(121);
    expect(coverage.reported).toEqual(["00001", "00002"]);
    expect(coverage.duplicates).toEqual(["00001"]);
    expect(provenance["t.nhan"]?.map((c) => c.value)).toEqual([120, 1]);
    expect(issues.find((i) => i.code === "duplicate_report")).toMatchObject({
      severity: "warning",
      params: { unit: "00001", count: 2, keptDate: "2026-05-16", identical: false },
    });
  });

  it("identical copies are only an info, and the kept report does not depend on arrival order", () => {
    const a = communeReport("00001", { "t.nhan": 3 });
    const twin = structuredClone(a);
    const res = rollup([a, twin], OPTIONS);
    expect(res.report.values["t.nhan"]).toBe(3);
    expect(res.issues.find((i) => i.code === "duplicate_report")?.severity).toBe("info");
    // Same date, different content: the choice is by content, not by order.
    const b = { ...a, values: { "t.nhan": 4 } };
    expect(rollup([a, b], OPTIONS).report.values).toEqual(rollup([b, a], OPTIONS).report.values);
  });
});

describe("coverage", () => {
  const kids = [
    communeReport("09487", { "t.nhan": 10, "t.tien": 1 }, { document: { ...communeReport("x", {}).document, date: "2026-05-15" } }),
    communeReport("07210", { "t.nhan": 20 }, { document: { ...communeReport("x", {}).document, date: "2026-05-19" } }),
    communeReport("07228", { "t.nhan": 30 }, { document: { ...communeReport("x", {}).document, date: null } }),
  ].map((r) => ({ ...r, unit: { ...r.unit, name: `Xã ${r.unit.code}` } }));

  it("says who reported, who did not and who was late against the default deadline", () => {
    const { coverage, issues } = rollup(kids, { ...OPTIONS, expected: UNITS_2025 });
    const bacNinh = UNITS_2025.units.filter((u) => u.parent === "24").map((u) => u.code).sort();
    expect(coverage.expected).toEqual(bacNinh);
    expect(coverage.expected).toHaveLength(99);
    expect(coverage.reported).toEqual(["07210", "07228", "09487"]);
    expect(coverage.missing).toEqual(bacNinh.filter((c) => !["07210", "07228", "09487"].includes(c)));
    expect(coverage.deadline).toBe("2026-05-17");
    expect(coverage.late).toEqual(["07210"]);
    expect(coverage.undated).toEqual(["07228"]);
    expect(coverage.perFigure).toEqual({ "t.nhan": { contributed: 3, reported: 3 }, "t.tien": { contributed: 1, reported: 3 } });
    expect(issues.find((i) => i.code === "children_missing")?.params).toMatchObject({ missing: 96, expected: 99 });
    expect(issues.find((i) => i.code === "children_late")?.message).toContain("2026-05-17");
  });

  it("takes an explicit deadline, receipt dates, and a list of codes or a unit index as the expected children", () => {
    const index = indexUnits(UNITS_2025);
    const byIndex = rollup(kids, { ...OPTIONS, expected: index });
    expect(byIndex.coverage.expected).toEqual(rollup(kids, { ...OPTIONS, expected: UNITS_2025 }).coverage.expected);
    const { coverage } = rollup(kids, {
      ...OPTIONS,
      expected: ["09487", "07210", "07228", "07246"],
      deadline: "2026-05-15",
      received: { "07228": "2026-05-16", "07210": "2026-05-14" },
    });
    expect(coverage.missing).toEqual(["07246"]);
    expect(coverage.late).toEqual(["07228"]);
    expect(coverage.undated).toEqual([]);
  });

  it("without an expected list, those who reported are expected; wrong level, period or unit are rejected", () => {
    const wrongPeriod = { ...communeReport("00005", { "t.nhan": 1000 }), period: "202604" };
    const wrongLevel = { ...communeReport("00006", { "t.nhan": 1000 }), unit: { code: "25", name: "Tỉnh Phú Thọ", level: "tinh" as const } };
    const stranger = communeReport("00007", { "t.nhan": 1000 });
    const all = rollup([...kids, wrongPeriod, wrongLevel], OPTIONS);
    expect(all.coverage.expected).toEqual(["07210", "07228", "09487"]);
    expect(all.report.values["t.nhan"]).toBe(60);
    expect(all.coverage.rejected).toEqual(["00005", "25"]);
    expect(all.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["child_wrong_period", "child_wrong_level"]);
    const listed = rollup([...kids, stranger], { ...OPTIONS, expected: ["09487", "07210", "07228"] });
    expect(listed.report.values["t.nhan"]).toBe(60);
    expect(listed.issues.find((i) => i.code === "child_unexpected")?.params.unit).toBe("00007");
  });

  it("a commune has no level below: rolling up into one is an error", () => {
    const res = rollup(kids, { ...OPTIONS, unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" } });
    expect(res.issues[0]).toMatchObject({ code: "no_child_level", severity: "error" });
    expect(res.report.values).toEqual({});
  });
});

describe("provenance", () => {
  it("lists, per figure, which child gave which amount, in unit order, flagged when estimated", () => {
    const a = communeReport("00002", { "t.nhan": 7, "t.tien": 3 }, { flags: { "t.nhan": "estimated" } });
    const b = communeReport("00001", { "t.nhan": 5 });
    const { provenance, report } = rollup([a, b], OPTIONS);
    expect(Object.keys(provenance).sort()).toEqual(["t.nhan", "t.tien"]);
    expect(provenance["t.nhan"]).toEqual([
      { unit: "00001", unitName: "Xã 00001", value: 5 },
      { unit: "00002", unitName: "Xã 00002", value: 7, estimated: true },
    ]);
    // Read twice: the same list (built once); serialised: plain data.
    expect(provenance["t.nhan"]).toBe(provenance["t.nhan"]);
    expect(JSON.parse(JSON.stringify(provenance))).toEqual({
      "t.nhan": provenance["t.nhan"],
      "t.tien": [{ unit: "00002", unitName: "Xã 00002", value: 3 }],
    });
    // The most severe flag of the contributors is the parent's.
    expect(report.flags).toEqual({ "t.nhan": "estimated" });
  });

  it("each rollup of a hierarchy has its own provenance (province: its communes; country: the provinces)", () => {
    const list = {
      validFrom: "2025-07-01",
      units: [
        { code: "VN", name: "Toàn quốc", level: "bo" as const },
        { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" as const, parent: "VN" },
        { code: "40", name: "Tỉnh Nghệ An", level: "tinh" as const, parent: "VN" },
        { code: "09487", name: "Xã 09487", level: "xa" as const, parent: "24" },
        { code: "16681", name: "Xã 16681", level: "xa" as const, parent: "40" },
        { code: "16684", name: "Xã 16684", level: "xa" as const, parent: "40" },
      ],
    };
    const kids = [communeReport("16684", { "t.nhan": 3 }), communeReport("09487", { "t.nhan": 1 }), communeReport("16681", { "t.nhan": 2 })];
    const { national, provinces } = rollupHierarchy(kids, { units: list, period: "202605", catalog: TEST_CATALOG });
    // Read the country's first: the shared getters must not mix the rollups up.
    expect(national.provenance["t.nhan"]).toEqual([
      { unit: "24", unitName: "Tỉnh Bắc Ninh", value: 1 },
      { unit: "40", unitName: "Tỉnh Nghệ An", value: 5 },
    ]);
    expect(provinces["40"]?.provenance["t.nhan"]?.map((c) => [c.unit, c.value])).toEqual([
      ["16681", 2],
      ["16684", 3],
    ]);
    expect(provinces["24"]?.provenance["t.nhan"]?.map((c) => c.unit)).toEqual(["09487"]);
    expect({ ...provinces["24"]!.provenance }).toEqual({ "t.nhan": [{ unit: "09487", unitName: "Xã 09487", value: 1 }] });
    expect(Object.getOwnPropertySymbols(provinces["24"]!.provenance).every((k) => !Object.getOwnPropertyDescriptor(provinces["24"]!.provenance, k)?.enumerable)).toBe(true);
  });

  it("flags rank estimated > imputed > provisional", () => {
    const kids = [
      communeReport("00001", { "t.nhan": 1, "t.tien": 1 }, { flags: { "t.nhan": "provisional", "t.tien": "provisional" } }),
      communeReport("00002", { "t.nhan": 1, "t.tien": 1 }, { flags: { "t.nhan": "imputed" } }),
    ];
    expect(rollup(kids, OPTIONS).report.flags).toEqual({ "t.nhan": "imputed", "t.tien": "provisional" });
  });
});

describe("other checks", () => {
  it("an element not in the catalog is a warning, and a rate whose parts come from different children is flagged", () => {
    const a = communeReport("00001", { "t.nhan": 10, "t.xong": 8, "t.dung": 8, "t.tre": 0, "x.la": 1 });
    const b = communeReport("00002", { "t.nhan": 10, "x.la": 2 });
    const { issues } = rollup([a, b], OPTIONS);
    expect(issues.find((i) => i.code === "unknown_element")?.params).toMatchObject({ id: "x.la", count: 2, units: ["00001", "00002"] });
    expect(issues.find((i) => i.code === "indicator_mixed_coverage")?.params).toMatchObject({
      id: "t.tl_xong",
      numeratorChildren: 1,
      denominatorChildren: 2,
    });
  });

  it("comparisons roll up like with like: only when every child that gave a figure gave its comparison", () => {
    const cmp = (values: Record<string, number>) => ({ samePeriodLastYear: { period: "202505", values, stated: {}, flags: {} } });
    const a = communeReport("00001", { "t.nhan": 10, "t.tien": 5 }, { comparisons: cmp({ "t.nhan": 8, "t.tien": 1 }) });
    const b = communeReport("00002", { "t.nhan": 20, "t.tien": 6 }, { comparisons: cmp({ "t.nhan": 15 }) });
    const c = communeReport("00003", { "t.nhan": 1 }, { comparisons: { previous: { period: "202603", values: {}, stated: {}, flags: {} } } });
    const { report, issues } = rollup([a, b], OPTIONS);
    expect(report.comparisons?.samePeriodLastYear).toEqual({ period: "202505", values: { "t.nhan": 23 }, stated: {}, flags: {} });
    expect(issues.find((i) => i.code === "comparison_incomplete")?.params).toMatchObject({ id: "t.tien", units: ["00002"] });
    const wrong = rollup([a, c], OPTIONS);
    expect(wrong.issues.find((i) => i.code === "comparison_period_mismatch")?.params).toMatchObject({ unit: "00003", period: "202603", expectedPeriod: "202604" });
  });

  it("the parent's header has the level's defaults, overridable, unsigned until signed", () => {
    const { report } = rollup([communeReport("00001", {})], { ...OPTIONS, document: { number: 12 } });
    expect(report.document.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
    expect(report.document.number).toBe(12);
    // No signer is invented: the officer who signs adds it (form: true prints blanks meanwhile).
    expect(report.document.signer).toBeUndefined();
    // A draft the officer edits and signs, laid out from the outline.
    expect(report.document.marking).toBe("DỰ THẢO");
    expect(report.origin).toBe("generated");
    expect(consolidatedDocument({ code: "VN", name: "Toàn quốc", level: "bo" }, "2026Q2").symbol).toBe("BC-BCA");
  });

  it("messages are available in English", () => {
    const a = communeReport("00001", { "t.tien": Number.MAX_SAFE_INTEGER });
    const b = communeReport("00002", { "t.tien": 1 });
    expect(rollup([a, b], { ...OPTIONS, locale: "en" }).issues[0]?.message).toContain("exceeds the safe integer range");
  });
});

describe("nothing to roll up", () => {
  it("rollup([]) without `expected` says so instead of an empty report with coverage 0/0", () => {
    const r = rollup([], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG });
    const p = r.issues.find((i) => i.code === "no_children");
    expect(p?.severity).toBe("warning");
    expect(p?.message).toContain("Không có báo cáo nào của cấp dưới được tổng hợp (0 báo cáo được đưa vào)");
    expect(rollup([], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG, locale: "en" }).issues.find((i) => i.code === "no_children")?.message).toMatch(/^No report of the level below/);
  });

  it("with `expected`, the missing units say it (no second warning)", () => {
    const r = rollup([], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG, expected: ["09487"] });
    expect(r.issues.map((i) => i.code)).toContain("children_missing");
    expect(r.issues.map((i) => i.code)).not.toContain("no_children");
  });
});
