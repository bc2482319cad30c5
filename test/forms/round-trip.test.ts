/**
 * A form's whole round trip, as a vendor's data-entry screen runs it: the fields of a commune →
 * what the officer types (strings) → coerceFormValues → the template with those figures →
 * validateReport → each message beside its field, carrying the field's label and section.
 */
import { describe, expect, it } from "vitest";
import { coerceFormValues, formFields, issuesByField, reportTemplate } from "../../src/forms/index.js";
import { formatViNumber } from "../../src/format/number.js";
import { safeParseReport } from "../../src/schema/parse.js";
import { prepareValidator, validateReport } from "../../src/validation/index.js";

const DONG_CUU = { code: "09487", name: "Xã Đông Cứu", level: "xa" } as const;

describe("form round trip", () => {
  const sections = formFields("xa", { period: "202605" });
  const fields = sections.flatMap((s) => s.fields);

  it("fills every count of a commune's form from strings, and the report validates without errors", () => {
    // Consistent figures: every part smaller than its whole.
    const strings: Record<string, string> = {};
    for (const f of fields) {
      if (f.kind === "count" || f.kind === "amount") strings[f.id] = formatViNumber(f.partOf === undefined ? 2000 : 1000);
      if (f.kind === "yesno") strings[f.id] = "có";
    }
    // Parts of parts: keep each below its whole.
    strings["hs.dung_han"] = "600";
    strings["hs.qua_han"] = "400";
    strings["hs.dang_giai_quyet_qua_han"] = "500";
    const coerced = coerceFormValues(strings, { level: "xa" });
    expect(coerced.problems).toEqual([]);
    expect(Object.keys(coerced.values).length).toBe(Object.keys(strings).length);
    const report = reportTemplate(DONG_CUU, "202605", { values: coerced.values });
    expect(safeParseReport(JSON.parse(JSON.stringify(report))).success).toBe(true);
    const errors = validateReport(report).filter((i) => i.severity === "error");
    expect(errors.map((e) => `${e.code} ${e.path.join(".")} ${e.message}`)).toEqual([]);
  });

  it("puts a figure that breaks a rule beside its field, with the field's labels and section", () => {
    const coerced = coerceFormValues({ "hs.tiep_nhan": "1.000", "hs.da_giai_quyet": "900", "hs.dung_han": "950", "hs.qua_han": "" }, { level: "xa" });
    const report = reportTemplate(DONG_CUU, "202605", { values: coerced.values });
    const placed = issuesByField(validateReport(report), sections);
    const mine = placed.fields["hs.dung_han"] ?? [];
    expect(mine.map((i) => i.code)).toContain("part_exceeds_whole");
    const issue = mine.find((i) => i.code === "part_exceeds_whole")!;
    expect(issue.message).toBe("“Số hồ sơ giải quyết đúng và trước hạn” (950) lớn hơn “Số hồ sơ đã giải quyết trong kỳ” (900), trong khi đây là một phần của tổng đó.");
    expect(issue.field).toEqual({
      id: "hs.dung_han",
      label: "Số hồ sơ giải quyết đúng và trước hạn",
      labelEn: "Applications resolved on time or early",
      section: "3",
      sectionTitle: "Về cải cách thủ tục hành chính",
      item: "3.1",
      itemTitle: "Kết quả thực hiện",
    });
    // The document's own warnings are not about a field.
    expect(placed.other.map((i) => i.code)).toContain("date_missing");
    expect(placed.other.some((i) => i.path[0] === "values")).toBe(false);
  });

  it("puts coercion problems beside their fields the same way", () => {
    const coerced = coerceFormValues({ "hs.tiep_nhan": "12a", "x.y": "1" }, { level: "xa" });
    const placed = issuesByField(coerced.problems, sections);
    expect(Object.keys(placed.fields)).toEqual(["hs.tiep_nhan"]);
    expect(placed.fields["hs.tiep_nhan"]?.[0]?.message).toBe("“Số hồ sơ tiếp nhận trong kỳ”: “12a” không phải là số.");
    expect(placed.other.map((p) => p.code)).toEqual(["form_field_unknown"]);
  });

  it("the prepared validator returns the parsed report beside the issues", () => {
    const validate = prepareValidator({ locale: "vi" });
    const raw = JSON.parse(JSON.stringify(reportTemplate(DONG_CUU, "202605", { values: { "hs.tiep_nhan": 5 } }))) as Record<string, unknown>;
    delete raw.presentation;
    delete raw.footnotes;
    raw.unit = { code: "09487", name: "Xã Đông Cứu".normalize("NFD"), level: "xa" };
    const { report, issues } = validate.input(raw);
    expect(report?.presentation).toEqual({ figuresTable: false });
    expect(report?.footnotes).toEqual([]);
    expect(report?.unit.name).toBe("Xã Đông Cứu".normalize("NFC"));
    expect(issues).toEqual(validate(report));
    const bad = validate.input({ schemaVersion: 2 });
    expect(bad.report).toBeUndefined();
    expect(bad.issues.every((i) => i.rule === "schema")).toBe(true);
    expect(bad.issues.length).toBeGreaterThan(0);
    // With maxIssues, the list is cut the same way as the plain call.
    const capped = prepareValidator({ maxIssues: 1 }).input({});
    expect(capped.issues.map((i) => i.code).at(-1)).toBe("issues_truncated");
  });
});
