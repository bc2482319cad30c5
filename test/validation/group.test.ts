import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/schema/index.js";
import {
  groupIssuesByPath,
  groupIssuesBySection,
  groupIssuesBySeverity,
  issueSection,
  summarizeIssues,
  validateReport,
  type ValidationIssue,
} from "../../src/validation/index.js";
import { fixture } from "./helpers.js";

const issue = (severity: Severity, path: (string | number)[] = [], code = "x", params: Record<string, unknown> = {}): ValidationIssue => ({
  code,
  severity,
  path,
  message: "…",
  params,
  rule: "test",
});
const many = (n: number, severity: Severity) => Array.from({ length: n }, () => issue(severity));

describe("summarizeIssues", () => {
  it("“3 lỗi, 5 cảnh báo”", () => {
    expect(summarizeIssues([...many(3, "error"), ...many(5, "warning")])).toBe("3 lỗi, 5 cảnh báo");
  });

  it("counts in issue order does not matter; notes come last; zero counts are left out", () => {
    expect(summarizeIssues([issue("info"), issue("warning"), issue("error"), issue("warning")])).toBe("1 lỗi, 2 cảnh báo, 1 lưu ý");
    expect(summarizeIssues(many(2, "warning"))).toBe("2 cảnh báo");
    expect(summarizeIssues(many(4, "info"))).toBe("4 lưu ý");
  });

  it("Vietnamese digit grouping: “1.204 cảnh báo”", () => {
    expect(summarizeIssues(many(1204, "warning"))).toBe("1.204 cảnh báo");
  });

  it("nothing found", () => {
    expect(summarizeIssues([])).toBe("Không có lỗi hay cảnh báo");
    expect(summarizeIssues([], "en")).toBe("No errors or warnings");
  });

  it("English: singular and plural, English digit grouping", () => {
    expect(summarizeIssues([...many(3, "error"), ...many(5, "warning")], "en")).toBe("3 errors, 5 warnings");
    expect(summarizeIssues([issue("error"), issue("warning"), issue("info")], "en")).toBe("1 error, 1 warning, 1 note");
    expect(summarizeIssues(many(1204, "warning"), "en")).toBe("1,204 warnings");
  });

  it("the commune seed: its errors and warnings, in both languages", () => {
    const issues = validateReport(fixture("004-dong-cuu-2026-05"));
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.filter((i) => i.severity === "warning").length;
    expect(errors).toBeGreaterThan(0);
    expect(summarizeIssues(issues)).toBe(`${errors} lỗi, ${warnings} cảnh báo`);
    expect(summarizeIssues(issues, "en")).toBe(`${errors} errors, ${warnings} warnings`);
  });
});

describe("groupIssuesBySeverity", () => {
  it("three lists, each in the original order, even when empty", () => {
    const a = issue("warning", ["a"]);
    const b = issue("error", ["b"]);
    const c = issue("warning", ["c"]);
    expect(groupIssuesBySeverity([a, b, c])).toEqual({ error: [b], warning: [a, c], info: [] });
    expect(groupIssuesBySeverity([])).toEqual({ error: [], warning: [], info: [] });
  });
});

describe("groupIssuesByPath", () => {
  it("keyed by the formatted path, in the order first met", () => {
    const a = issue("error", ["document", "date"]);
    const b = issue("warning", ["body", 1, "children", 1, "paragraphs", 0]);
    const c = issue("info", ["document", "date"]);
    const d = issue("error", []);
    const byPath = groupIssuesByPath([a, b, c, d]);
    expect(Object.keys(byPath)).toEqual(["document.date", "body[1].children[1].paragraphs[0]", "(gốc)"]);
    expect(byPath["document.date"]).toEqual([a, c]);
    expect(byPath["body[1].children[1].paragraphs[0]"]).toEqual([b]);
  });

  it("any path is a safe key: __proto__, constructor, toString", () => {
    const byPath = groupIssuesByPath([issue("error", ["__proto__"]), issue("error", ["constructor"]), issue("error", ["toString"])]);
    expect(Object.keys(byPath)).toEqual(["__proto__", "constructor", "toString"]);
    expect(byPath["__proto__"]).toHaveLength(1);
    expect(byPath["constructor"]).toHaveLength(1);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });

  it("on the commune seed: the task tally's issue sits at values.nv.duoc_giao", () => {
    const byPath = groupIssuesByPath(validateReport(fixture("004-dong-cuu-2026-05")));
    expect(byPath["values.nv.duoc_giao"]?.map((i) => i.code)).toEqual(["breakdown_mismatch"]);
    expect(byPath["document.date"]?.map((i) => i.code)).toEqual(["date_before_cutoff_end"]);
  });
});

describe("issueSection and groupIssuesBySection", () => {
  const report = fixture("004-dong-cuu-2026-05");

  it.each([
    [["values", "hs.tiep_nhan"], "3"],
    [["values", "nv.duoc_giao"], "1"],
    [["stated", "tl.ho_so_dung_han"], "3"],
    [["comparisons", "previous", "values", "hs.tiep_nhan"], "3"],
    [["body", 1, "children", 1, "paragraphs", 0], "3"],
    [["body", 0, "children", 4, "paragraphs", 1], "1"],
    [["body", 0, "children", 3, "children", 1, "paragraphs", 0], "7"],
    [["body", 0, "children", 3], "7"],
    [["body", 0], "general"],
    [["body", 2, "children", 1, "paragraphs", 0], "general"],
    [["footnotes", 0, "paragraphs", 0], "general"],
    [["document", "date"], "document"],
    [["unit", "level"], "document"],
    [["period"], "document"],
    [["values", "khong.co_trong_danh_muc"], "general"],
    [[], "general"],
  ] as const)("%j → %s", (path, section) => {
    expect(issueSection(issue("error", [...path]), report)).toBe(section);
  });

  it("a missing section belongs to that section; a body path without the report is general", () => {
    expect(issueSection(issue("warning", ["body"], "section_missing", { section: "7" }))).toBe("7");
    expect(issueSection(issue("error", ["body", 1, "children", 1, "paragraphs", 0]))).toBe("general");
  });

  it("keys enumerate as the outline's sections 1–8, then document, then general", () => {
    const issues = [
      issue("error", []),
      issue("error", ["values", "hs.tiep_nhan"]),
      issue("error", ["values", "nv.duoc_giao"]),
      issue("error", ["document", "date"]),
      issue("warning", ["body", 1, "children", 6, "paragraphs", 0]),
      issue("warning", ["values", "hs.dung_han"]),
    ];
    const bySection = groupIssuesBySection(issues, report);
    expect(Object.keys(bySection)).toEqual(["1", "3", "8", "document", "general"]);
    expect(bySection["3"]).toEqual([issues[1], issues[5]]);
  });

  it("on the commune seed: the task tally under 1, the date under document", () => {
    const bySection = groupIssuesBySection(validateReport(report), report);
    expect(bySection["1"]?.map((i) => i.code)).toContain("breakdown_mismatch");
    expect(bySection["document"]?.map((i) => i.code)).toContain("date_before_cutoff_end");
  });
});

describe("the groupings partition the list", () => {
  const arbIssue = fc
    .tuple(
      fc.constantFrom<Severity>("error", "warning", "info"),
      fc.oneof(
        fc.constant<(string | number)[]>([]),
        fc.tuple(fc.constantFrom("values", "stated", "document", "body", "__proto__"), fc.oneof(fc.nat(9), fc.constantFrom("hs.tiep_nhan", "date", "x"))).map(([a, b]) => [a, b]),
      ),
    )
    .map(([s, p]) => issue(s, p));

  it("property: every issue lands in exactly one group of each kind, order kept", () => {
    const report = fixture("004-dong-cuu-2026-05");
    fc.assert(
      fc.property(fc.array(arbIssue, { maxLength: 40 }), (issues) => {
        for (const groups of [groupIssuesByPath(issues), groupIssuesBySection(issues, report), groupIssuesBySeverity(issues)]) {
          const all = Object.values(groups).flat();
          expect(all).toHaveLength(issues.length);
          expect(new Set(all).size).toBe(new Set(issues).size);
          for (const list of Object.values(groups)) {
            const positions = list.map((i) => issues.indexOf(i));
            expect(positions).toEqual([...positions].sort((a, b) => a - b));
          }
        }
        const counts = groupIssuesBySeverity(issues);
        const summary = summarizeIssues(issues, "en");
        for (const s of ["error", "warning"] as const) {
          const n = counts[s].length;
          if (n > 0) expect(summary).toContain(`${n} ${s}${n === 1 ? "" : "s"}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
