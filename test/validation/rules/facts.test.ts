/**
 * The richer facts of figures: statements at several places, stated changes, breakdowns by a
 * dimension (checked, and rolled up), as-of dates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollup } from "../../../src/rollup/index.js";
import { parseReport, ReportSchema } from "../../../src/schema/index.js";
import { validateReport } from "../../../src/validation/index.js";
import { communeReport, PROVINCE, TEST_CATALOG } from "../../rollup/helpers.js";
import { corrected004, fixture } from "../helpers.js";

const facts = (r: ReturnType<typeof corrected004>) => validateReport(r, { narrative: false }).filter((i) => i.rule.startsWith("facts."));

describe("facts in the schema", () => {
  it("are optional and additive: the seeds parse as before, with no new field", () => {
    const r = corrected004();
    expect(r.statements).toBeUndefined();
    expect(r.breakdowns).toBeUndefined();
    expect(facts(r)).toEqual([]);
  });

  it("a report with all four kinds parses", () => {
    const r = corrected004((x) => {
      x.facts = { "hs.tiep_nhan": { asOf: "2026-05-14", scope: "toàn xã" } };
      x.changes = { "hs.tiep_nhan": [{ direction: "up", amount: 12, decimals: 0, unit: "percent", against: "previous" }] };
      x.statements = { "hs.tiep_nhan": [{ value: 976, at: { section: "3", item: "3.1", paragraph: 0 } }] };
      x.breakdowns = [{ id: "hs.tiep_nhan", dimension: "procedure", complete: false, parts: [{ key: "khai_sinh", label: "Đăng ký khai sinh", value: 40 }] }];
    });
    expect(r.statements?.["hs.tiep_nhan"]?.[0]?.decimals).toBe(0);
    expect(ReportSchema.safeParse({ ...r, breakdowns: [{ id: "hs.tiep_nhan", dimension: "x", parts: [] }] }).success).toBe(false);
  });
});

describe("facts.statements", () => {
  it("the same value written twice (within its precision) is fine; two values are a finding", () => {
    const value = corrected004().values["hs.tiep_nhan"] as number;
    const same = corrected004((x) => (x.statements = { "hs.tiep_nhan": [{ value, decimals: 0 }, { value: Math.round(value / 100) * 100, decimals: -2 }] }));
    expect(facts(same)).toEqual([]);
    const two = corrected004((x) => (x.statements = { "hs.tiep_nhan": [{ value: value + 5, decimals: 0, at: { section: "3" } }] }));
    const [i] = facts(two);
    expect(i).toMatchObject({ code: "figure_stated_differently", severity: "error", path: ["statements", "hs.tiep_nhan"], params: { count: 2 } });
    expect(i?.message).toContain("được ghi 2 lần với các giá trị khác nhau");
  });

  it("statements dated differently are different quantities", () => {
    const r = corrected004((x) => (x.statements = { "dd.tai_khoan": [{ value: 10, asOf: "2026-01-01" }, { value: 20, asOf: "2026-05-01" }] }));
    expect(facts(r)).toEqual([]);
  });
});

describe("facts.changes", () => {
  const ngheAn = (change: object) => fixture("003-nghe-an-2026-02", (x) => (x.changes = { "yte.luot_tra_cuu_can_cuoc": [change] }));
  const now = fixture("003-nghe-an-2026-02").values["yte.luot_tra_cuu_can_cuoc"] as number;
  const then = fixture("003-nghe-an-2026-02").comparisons?.previous?.values["yte.luot_tra_cuu_can_cuoc"] as number;

  it("a change the comparison gives is fine, rounded as written; a wrong one is named", () => {
    const diff = now - then;
    expect(facts(ngheAn({ direction: diff >= 0 ? "up" : "down", amount: Math.abs(diff), decimals: 0, unit: "value", against: "previous" }))).toEqual([]);
    const pct = ((now / then - 1) * 100);
    expect(facts(ngheAn({ direction: pct >= 0 ? "up" : "down", amount: Math.round(Math.abs(pct) * 10) / 10, decimals: 1, unit: "percent", against: "previous" }))).toEqual([]);
    const [i] = facts(ngheAn({ direction: diff >= 0 ? "down" : "up", amount: Math.abs(diff), decimals: 0, unit: "value", against: "previous" }));
    expect(i).toMatchObject({ code: "change_inconsistent", severity: "warning", path: ["changes", "yte.luot_tra_cuu_can_cuoc", 0] });
    expect(i?.message).toMatch(/so với kỳ trước, nhưng số liệu so sánh cho mức thay đổi/);
  });

  it("with no comparison figures there is nothing to check", () => {
    expect(facts(ngheAn({ direction: "up", amount: 1, decimals: 0, unit: "value", against: "samePeriodLastYear" }))).toEqual([]);
  });
});

describe("facts.breakdowns", () => {
  const total = corrected004().values["hs.tiep_nhan"] as number;
  const withParts = (complete: boolean, values: number[]) =>
    corrected004((x) => (x.breakdowns = [{ id: "hs.tiep_nhan", dimension: "procedure", complete, parts: values.map((value, k) => ({ key: `p${k}`, label: `Thủ tục ${k}`, value })) }]));

  it("complete parts must add up; partial parts must not exceed (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(400), { minLength: 1, maxLength: 5 }), (vs) => {
        const sum = vs.reduce((a, b) => a + b, 0);
        const complete = facts(withParts(true, vs));
        const partial = facts(withParts(false, vs));
        return (complete.length === 0) === (sum === total) && (partial.length === 0) === (sum <= total);
      }),
      { numRuns: 40 },
    );
    expect(facts(withParts(true, [total - 1]))[0]?.message).toMatch(/theo thủ tục cộng lại .* khác tổng/);
  });
});

describe("breakdowns roll up by key", () => {
  it("parts of each key are added; complete only when every child gave its parts", () => {
    const b = (values: number[], complete = true) => [{ id: "t.nhan", dimension: "procedure" as const, complete, parts: values.map((value, k) => ({ key: `k${k}`, label: `K${k}`, value })) }];
    const a = communeReport("00001", { "t.nhan": 5 }, { breakdowns: b([2, 3]) });
    const c = communeReport("00002", { "t.nhan": 4 }, { breakdowns: b([4]) });
    const options = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };
    expect(rollup([a, c], options).report.breakdowns).toEqual([{ id: "t.nhan", dimension: "procedure", complete: true, parts: [{ key: "k0", label: "K0", value: 6 }, { key: "k1", label: "K1", value: 3 }] }]);
    const d = communeReport("00003", { "t.nhan": 7 });
    const partial = rollup([a, c, d], options).report.breakdowns?.[0];
    expect(partial?.complete).toBe(false);
    // The parent's own breakdown is consistent with its total.
    const parent = rollup([a, c], options).report;
    expect(validateReport(parseReport(JSON.parse(JSON.stringify(parent))), { catalog: TEST_CATALOG, narrative: false }).filter((i) => i.rule === "facts.breakdowns")).toEqual([]);
  });
});

describe("facts.as_of", () => {
  it("a figure dated after the report is a warning", () => {
    const [i] = facts(corrected004((x) => (x.facts = { "hs.tiep_nhan": { asOf: "2026-06-30" } })));
    expect(i).toMatchObject({ code: "as_of_after_report", severity: "warning" });
    expect(i?.message).toBe("“Số hồ sơ tiếp nhận trong kỳ” ghi số liệu đến ngày 30/06/2026, sau ngày ban hành báo cáo 15/05/2026.");
  });
});
