import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/schema/index.js";
import { NARRATIVE_RULES, proseParagraphs, validateReport } from "../../../src/validation/index.js";
import { byRule, corrected004, fixture } from "../helpers.js";

const rules = NARRATIVE_RULES;

describe("narrative.prose", () => {
  it("finds the province seed's malformed “3.002648” with the paragraph's path and offsets", () => {
    const report = fixture("003-nghe-an-2026-02");
    const issues = validateReport(report, { rules });
    const i = issues.find((x) => x.code === "malformed_number");
    expect(i?.severity).toBe("warning");
    expect(i?.rule).toBe("narrative.prose");
    const paragraph = proseParagraphs(report).find((p) => formatPath(p.path) === formatPath(i!.path));
    expect(paragraph).toBeDefined();
    const { start, end, excerpt } = i!.params as { start: number; end: number; excerpt: string };
    expect(paragraph!.text.slice(start, end)).toBe(excerpt);
    expect(excerpt).toContain("3.002648");
    expect(i?.message).toContain("3.002648");
  });

  it("checks every kind of paragraph: preamble, items, assessments, recommendations, next tasks, closing", () => {
    const bad = "trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%";
    const report = corrected004((r) => {
      r.preamble = [bad];
      r.sections[2].paragraphs.push(bad);
      r.sections[0].items[0].paragraphs.push(bad);
      r.sections[1].assessment = { limitations: [{ text: bad }], focusTasks: [bad] };
      r.assessment.limitations.push({ text: bad });
      r.assessment.strengths.push(bad);
      r.recommendations.government = [bad];
      r.nextTasks = [bad];
      r.closing = bad;
    });
    const paths = validateReport(report, { rules })
      .filter((i) => i.code === "percent_mismatch")
      .map((i) => formatPath(i.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        "preamble[0]",
        `sections[2].paragraphs[${report.sections[2]!.paragraphs.length - 1}]`,
        `sections[0].items[0].paragraphs[${report.sections[0]!.items[0]!.paragraphs.length - 1}]`,
        "sections[1].assessment.limitations[0].text",
        "sections[1].assessment.focusTasks[0]",
        `assessment.limitations[${report.assessment.limitations.length - 1}].text`,
        `assessment.strengths[${report.assessment.strengths.length - 1}]`,
        "recommendations.government[0]",
        "nextTasks[0]",
        "closing",
      ]),
    );
  });

  it("messages follow the locale; narrative: false switches the rule off", () => {
    const report = fixture("003-nghe-an-2026-02");
    const en = validateReport(report, { rules, locale: "en" }).find((i) => i.code === "malformed_number");
    const vi = validateReport(report, { rules }).find((i) => i.code === "malformed_number");
    expect(en?.message).not.toBe(vi?.message);
    expect(byRule(validateReport(report, { narrative: false }), "narrative.prose")).toEqual([]);
  });
});
