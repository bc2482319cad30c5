/**
 * The richer facts of figures in a rollup (src/rollup/consolidate/figure-breakdowns.ts and
 * child-facts.ts): breakdowns by a dimension are added up per key with their parts checked
 * against the totals at both ends; as-of dates and scopes are carried when the children agree;
 * statements and stated changes stay with the children, with a note.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollup, type RollupOptions } from "../../../src/rollup/index.js";
import type { FigureBreakdown } from "../../../src/schema/figure-facts.js";
import { communeReport, PROVINCE, TEST_CATALOG } from "../helpers.js";

const options: RollupOptions = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };
const byProcedure = (values: number[], complete = true, id = "t.nhan"): FigureBreakdown[] => [
  { id, dimension: "procedure", complete, parts: values.map((value, k) => ({ key: `k${k}`, label: `Thủ tục ${k}`, value })) },
];
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("breakdowns by a dimension", () => {
  it("a child whose complete parts do not add up to its figure is left out, named, and the parent's parts become partial", () => {
    const a = communeReport("00001", { "t.nhan": 5 }, { breakdowns: byProcedure([2, 3]) });
    const b = communeReport("00002", { "t.nhan": 9 }, { breakdowns: byProcedure([4, 4]) });
    const { report, issues } = rollup([a, b], options);
    expect(report.values["t.nhan"]).toBe(14);
    expect(report.breakdowns).toEqual([{ id: "t.nhan", dimension: "procedure", complete: false, parts: [{ key: "k0", label: "Thủ tục 0", value: 2 }, { key: "k1", label: "Thủ tục 1", value: 3 }] }]);
    const left = issues.find((i) => i.code === "child_breakdown_left_out");
    expect(left).toMatchObject({ severity: "warning", path: ["children", "00002", "breakdowns", "t.nhan"], params: { reason: "inconsistent", sum: 8, value: 9 } });
    expect(left?.message).toBe("Xã 00002 (00002): phân tổ \"t.nhan\" theo thủ tục không được cộng vào (các phần cộng lại 8 khác số tổng 9).");
  });

  it("partial parts above the child's figure are left out; partial parts within it are added", () => {
    const a = communeReport("00001", { "t.nhan": 5 }, { breakdowns: byProcedure([7], false) });
    const b = communeReport("00002", { "t.nhan": 9 }, { breakdowns: byProcedure([4], false) });
    const { report, issues } = rollup([a, b], options);
    expect(report.breakdowns?.[0]).toMatchObject({ complete: false, parts: [{ key: "k0", value: 4 }] });
    expect(issues.find((i) => i.code === "child_breakdown_left_out")?.params).toMatchObject({ unit: "00001", reason: "inconsistent", sum: 7 });
  });

  it("the parts of a figure the rollup left out go with it", () => {
    // 00001 gives đúng hạn without its whole (đã giải quyết), which 00002 gives: the figure is left
    // out (child_part_without_whole), and so is its breakdown.
    const a = communeReport("00001", { "t.nhan": 10, "t.dung": 3 }, { breakdowns: byProcedure([3], true, "t.dung") });
    const b = communeReport("00002", { "t.nhan": 10, "t.xong": 5, "t.dung": 4, "t.tre": 1 }, { breakdowns: byProcedure([4], true, "t.dung") });
    const { report, issues } = rollup([a, b], options);
    expect(report.values["t.dung"]).toBe(4);
    expect(report.breakdowns).toEqual([{ id: "t.dung", dimension: "procedure", complete: true, parts: [{ key: "k0", label: "Thủ tục 0", value: 4 }] }]);
    expect(issues.find((i) => i.code === "child_breakdown_left_out")?.params).toMatchObject({ unit: "00001", reason: "not_counted" });
  });

  it("a second breakdown of one figure by one dimension is named, not added twice", () => {
    const a = communeReport("00001", { "t.nhan": 5 }, { breakdowns: [...byProcedure([2, 3]), ...byProcedure([5])] });
    const { report, issues } = rollup([a], options);
    expect(report.breakdowns?.[0]?.parts.map((p) => p.value)).toEqual([2, 3]);
    expect(report.breakdowns?.[0]?.complete).toBe(true);
    expect(issues.find((i) => i.code === "child_breakdown_left_out")?.params).toMatchObject({ reason: "duplicate" });
  });

  it("a breakdown of a figure the parent does not write is dropped with a note", () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    const a = communeReport("00001", { "t.nhan": big }, { breakdowns: byProcedure([big]) });
    const b = communeReport("00002", { "t.nhan": big }, { breakdowns: byProcedure([big]) });
    const { report, issues } = rollup([a, b], options);
    expect(report.values["t.nhan"]).toBeUndefined();
    expect(report.breakdowns).toBeUndefined();
    expect(codes(issues)).toContain("sum_overflow");
    expect(issues.find((i) => i.code === "breakdown_dropped")?.params).toMatchObject({ id: "t.nhan", reason: "overflow" });
  });

  it("complete parent parts add up to the parent's figure, partial ones never exceed it (property)", () => {
    const childArb = fc.record({
      total: fc.integer({ min: 0, max: 1_000 }),
      parts: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 4 }),
      complete: fc.boolean(),
      given: fc.boolean(),
      breaks: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(childArb, { minLength: 1, maxLength: 8 }), (children) => {
        const reports = children.map((c, k) => {
          // Half the complete breakdowns are made consistent, so both paths are taken.
          const parts = c.complete && c.breaks ? [...c.parts.slice(0, -1), Math.max(0, c.total - c.parts.slice(0, -1).reduce((s, x) => s + x, 0))] : c.parts;
          return communeReport(String(k + 1).padStart(5, "0"), c.given ? { "t.nhan": c.total } : {}, { breakdowns: byProcedure(parts, c.complete) });
        });
        const { report } = rollup(reports, options);
        for (const b of report.breakdowns ?? []) {
          const sum = b.parts.reduce((s, p) => s + p.value, 0);
          const total = report.values[b.id];
          expect(typeof total).toBe("number");
          if (b.complete) expect(sum).toBe(total);
          else expect(sum).toBeLessThanOrEqual(total as number);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("as-of dates, statements and stated changes of the children", () => {
  it("an as-of date every counted child shares is carried; dates that differ are named and not carried", () => {
    const dated = { "t.nhan": { asOf: "2026-05-10" } };
    const a = communeReport("00001", { "t.nhan": 5, "t.tien": 100 }, { facts: dated });
    const b = communeReport("00002", { "t.nhan": 4, "t.tien": 50 }, { facts: { ...dated, "t.tien": { asOf: "2026-05-01", scope: "khối doanh nghiệp" } } });
    const { report, issues } = rollup([a, b], options);
    expect(report.facts).toEqual({ "t.nhan": { asOf: "2026-05-10" } });
    const mixed = issues.find((i) => i.code === "child_facts_mixed");
    expect(mixed?.params).toEqual({
      id: "t.tien",
      groups: [
        { asOf: "", scope: "", units: ["00001"] },
        { asOf: "2026-05-01", scope: "khối doanh nghiệp", units: ["00002"] },
      ],
    });
    expect(mixed?.message).toBe(
      "\"t.tien\" được cộng từ số liệu khác thời điểm hoặc phạm vi (ngày chốt số liệu của báo cáo (00001); 2026-05-01, khối doanh nghiệp (00002)): báo cáo tổng hợp không ghi thời điểm riêng cho số liệu này.",
    );
  });

  it("statements and stated changes are not carried, with one note; statements that differ from the value added up are named", () => {
    const a = communeReport("00001", { "t.nhan": 500 }, {
      statements: { "t.nhan": [{ value: 500, decimals: 0 }, { value: 480, decimals: 0, text: "480 hồ sơ" }] },
      changes: { "t.nhan": [{ direction: "up", amount: 12, decimals: 0, unit: "percent", against: "samePeriodLastYear" }] },
    });
    const b = communeReport("00002", { "t.nhan": 1_234 }, { statements: { "t.nhan": [{ value: 1_200, decimals: -2, text: "khoảng 1.200" }] } });
    const { report, issues } = rollup([a, b], options);
    expect(report.values["t.nhan"]).toBe(1_734);
    expect(report.statements).toBeUndefined();
    expect(report.changes).toBeUndefined();
    // 1.200 at hundreds stands for [1.150, 1.250]: it holds 1.234, so only 00001 is named.
    const differ = issues.filter((i) => i.code === "child_statements_differ");
    expect(differ.map((i) => i.params)).toEqual([{ unit: "00001", unitName: "Xã 00001", id: "t.nhan", value: 500, stated: [480], texts: ["480 hồ sơ"] }]);
    expect(differ[0]?.message).toBe("Xã 00001 (00001) ghi \"t.nhan\" ở nơi khác trong văn bản là 480, khác số liệu 500: tổng hợp dùng 500.");
    const note = issues.find((i) => i.code === "child_facts_not_carried");
    expect(note).toMatchObject({ severity: "info", params: { statements: 3, changes: 1, units: ["00001", "00002"] } });
  });

  it("every new message has its English text", () => {
    const a = communeReport("00001", { "t.nhan": 5 }, {
      breakdowns: byProcedure([9]),
      statements: { "t.nhan": [{ value: 6, decimals: 0 }] },
      facts: { "t.nhan": { asOf: "2026-05-01" } },
    });
    const b = communeReport("00002", { "t.nhan": 5 });
    const en = rollup([a, b], { ...options, locale: "en" }).issues;
    expect(en.find((i) => i.code === "child_breakdown_left_out")?.message).toBe('Xã 00001 (00001): breakdown of "t.nhan" by procedure not added (parts add up to 9, not the total 5).');
    expect(en.find((i) => i.code === "child_statements_differ")?.message).toMatch(/^Xã 00001 \(00001\) states "t\.nhan" elsewhere in its document as 6, not 5/);
    expect(en.find((i) => i.code === "child_facts_not_carried")?.message).toMatch(/^1 statements and 0 stated changes of 00001/);
    expect(en.find((i) => i.code === "child_facts_mixed")?.message).toMatch(/^"t\.nhan" adds up figures of different dates or scopes \(2026-05-01 \(00001\); the report's cut-off \(00002\)\)/);
  });
});
