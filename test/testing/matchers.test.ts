import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../../src/validation/index.js";
import { assertIssue, assertIssuesExactly, assertNoErrors, deIssueMatchers, describeIssues, findIssue } from "../../src/testing/index.js";

// As jest users do; vitest users import de-an-06/testing/vitest instead (see arbitraries.test.ts),
// whose type augmentation these calls also rely on.
import type {} from "../../src/testing/vitest.js";

expect.extend(deIssueMatchers);

const issue = (code: string, path: (string | number)[], severity: ValidationIssue["severity"] = "error", params: Record<string, unknown> = {}): ValidationIssue => ({
  code,
  path,
  severity,
  params,
  message: `thông điệp ${code}`,
  rule: `test.${code}`,
});

const BREAKDOWN = issue("breakdown_mismatch", ["values", "nv.duoc_giao"], "error", {
  breakdownLabel: "Nhiệm vụ được giao = có thời hạn + thường xuyên",
  totalLabel: "Nhiệm vụ được giao",
  totalValue: 16,
  parts: [],
  sum: 20,
  exact: true,
  unit: "nhiệm vụ",
  difference: 4,
});
const UNDATED = issue("date_missing", ["document", "date"], "warning");
const ISSUES = [BREAKDOWN, UNDATED];

describe("matchers (expect.extend(deIssueMatchers))", () => {
  it("toHaveIssue by code, path as written or as an array, severity, rule and params", () => {
    expect(ISSUES).toHaveIssue("breakdown_mismatch");
    expect(ISSUES).toHaveIssue("breakdown_mismatch", { path: "values.nv.duoc_giao", severity: "error" });
    expect(ISSUES).toHaveIssue("breakdown_mismatch", { path: ["values", "nv.duoc_giao"], params: { totalValue: 16 } });
    expect(ISSUES).not.toHaveIssue("breakdown_mismatch", { path: "values.hs.tiep_nhan" });
    expect(ISSUES).not.toHaveIssue("breakdown_mismatch", { params: { totalValue: 15 } });
    expect({ issues: ISSUES }).toHaveIssue("date_missing", { rule: "test.date_missing" });
  });

  it("toHaveNoErrors ignores warnings", () => {
    expect([UNDATED]).toHaveNoErrors();
    expect(ISSUES).not.toHaveNoErrors();
    expect([]).toHaveNoErrors();
  });

  it("toHaveIssuesExactly matches one to one, in any order", () => {
    expect(ISSUES).toHaveIssuesExactly(["date_missing", { code: "breakdown_mismatch", path: "values.nv.duoc_giao" }]);
    expect(ISSUES).not.toHaveIssuesExactly(["date_missing"]);
    expect(ISSUES).not.toHaveIssuesExactly(["date_missing", "breakdown_mismatch", "breakdown_mismatch"]);
    expect([]).toHaveIssuesExactly([]);
  });

  it("a failure prints what was looked for and every issue found, in Vietnamese and English", () => {
    let message = "";
    try {
      expect(ISSUES).toHaveIssue("part_exceeds_whole", { path: "values.hs.dung_han" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("Không thấy vấn đề / expected issue: part_exceeds_whole tại / at values.hs.dung_han");
    expect(message).toContain("breakdown_mismatch [error] tại / at values.nv.duoc_giao");
    expect(message).toMatch(/vi: .*Nhiệm vụ được giao/);
    expect(message).toMatch(/en: /);
  });

  it("rejects what is not a list of issues with a clear message", () => {
    expect(() => expect(42).toHaveNoErrors()).toThrow(/Cần một danh sách vấn đề.*expected a list of issues/);
  });
});

describe("plain assertions (node:test, mocha…)", () => {
  it("findIssue and assertIssue return the issue", () => {
    expect(findIssue(ISSUES, "date_missing")).toBe(UNDATED);
    expect(findIssue(ISSUES, "date_missing", { severity: "error" })).toBeUndefined();
    expect(assertIssue(ISSUES, "breakdown_mismatch", { path: "values.nv.duoc_giao" })).toBe(BREAKDOWN);
  });

  it("throw an Error listing the issues, bilingual", () => {
    expect(() => assertIssue([UNDATED], "breakdown_mismatch")).toThrow(/expected issue: breakdown_mismatch[\s\S]*date_missing \[warning\]/);
    expect(() => assertNoErrors(ISSUES)).toThrow(/Có 1 lỗi \/ expected no errors, found 1/);
    expect(() => assertNoErrors([UNDATED])).not.toThrow();
    expect(() => assertIssuesExactly(ISSUES, ["date_missing"])).toThrow(/Thừa \/ unexpected: breakdown_mismatch tại \/ at values\.nv\.duoc_giao/);
    expect(() => assertIssuesExactly(ISSUES, ["date_missing", "breakdown_mismatch"])).not.toThrow();
  });

  it("describeIssues writes each issue's message from the locale tables, Vietnamese then English", () => {
    const text = describeIssues([UNDATED]);
    expect(text).toContain("Các vấn đề tìm thấy / issues found (1):");
    expect(text).toContain("vi: Báo cáo chưa ghi ngày ban hành.");
    expect(text).toMatch(/en: .*date/i);
    expect(describeIssues([])).toBe("Không có vấn đề nào / no issues.");
  });
});
