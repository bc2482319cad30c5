import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/schema/index.js";
import { NARRATIVE_RULES, proseParagraphs, validateReport } from "../../../src/validation/index.js";
import { byRule, corrected004, fixture, nodeById } from "../helpers.js";

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

  it("checks every piece of prose: paragraphs at any depth, runs, titles, footnotes", () => {
    const bad = "trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%";
    const report = corrected004((r) => {
      nodeById(r, "II-2").paragraphs.push(bad);
      nodeById(r, "I-4-4.2").paragraphs.push({ runs: [{ text: "trả đúng hạn ", bold: true }, { footnote: "1" }, { text: "956/959 hồ sơ đạt tỷ lệ 99,8%" }] });
      nodeById(r, "IV").title = `PHƯƠNG HƯỚNG: ${bad}`;
      r.footnotes = [{ id: "1", paragraphs: [bad] }];
    });
    const paths = validateReport(report, { rules })
      .filter((i) => i.code === "percent_mismatch")
      .map((i) => formatPath(i.path));
    expect(paths).toEqual([
      "body[0].children[3].children[1].paragraphs[2]",
      `body[1].children[1].paragraphs[${nodeById(report, "II-2").paragraphs.length - 1}]`,
      "body[3].title",
      "footnotes[0].paragraphs[0]",
    ]);
  });

  it("walks the heading tree in document order with each part's outline tags", () => {
    const prose = proseParagraphs(fixture("004-dong-cuu-2026-05"));
    expect(prose[0]).toMatchObject({ path: ["body", 0, "title"], outline: [] });
    const tuyenTruyen = prose.find((p) => formatPath(p.path) === "body[0].children[4].paragraphs[1]");
    expect(tuyenTruyen?.outline).toEqual(["1.3"]);
    expect(tuyenTruyen?.text).toContain("trên 100 lượt");
    const kinhPhi = prose.find((p) => formatPath(p.path) === "body[0].children[3].children[0].paragraphs[0]");
    expect(kinhPhi?.outline).toEqual(["7", "7.1"]);
  });

  it("messages follow the locale; narrative: false switches the rule off", () => {
    const report = fixture("003-nghe-an-2026-02");
    const en = validateReport(report, { rules, locale: "en" }).find((i) => i.code === "malformed_number");
    const vi = validateReport(report, { rules }).find((i) => i.code === "malformed_number");
    expect(en?.message).not.toBe(vi?.message);
    expect(byRule(validateReport(report, { narrative: false }), "narrative.prose")).toEqual([]);
  });
});
