import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/schema/index.js";
import { NARRATIVE_RULES, proseParagraphs, validateReport } from "../../../src/validation/index.js";
import { byRule, corrected004, fixture, nodeById } from "../helpers.js";
import { reportFor, withParagraph } from "../../../src/testing/index.js";
import type { ValidationIssue } from "../../../src/validation/index.js";

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

describe("narrative.prose across the report (checkDocument)", () => {
  const partII = { outline: "1.4", numbering: "II.", title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ" } as const;
  const partIV = { outline: "8", numbering: "IV.", title: "TỒN TẠI, HẠN CHẾ" } as const;
  const restated = (report: ReturnType<typeof reportFor>) => validateReport(report, { rules }).filter((i) => i.code === "quantity_restated");

  it("the same quantity stated twice with different values in two parts: one warning naming both paragraphs' paths", () => {
    const report = reportFor(
      "09487",
      "202605",
      withParagraph("Đến nay đã hoàn thành 120 nhiệm vụ, còn 32 nhiệm vụ chậm tiến độ.", partII),
      withParagraph("Tồn tại: 35 nhiệm vụ chậm tiến độ chưa được khắc phục.", partIV),
    );
    const found = restated(report);
    expect(found).toHaveLength(1);
    const [w] = found as [ValidationIssue];
    const second = proseParagraphs(report).find((p) => p.text.includes("35 nhiệm vụ"))!;
    const first = proseParagraphs(report).find((p) => p.text.includes("32 nhiệm vụ"))!;
    expect(formatPath(first.path)).not.toBe(formatPath(second.path));
    expect(w.severity).toBe("warning");
    expect(w.rule).toBe("narrative.prose");
    expect(w.path).toEqual(second.path);
    expect(w.params.firstPath).toEqual(first.path);
    expect(w.params.secondPath).toEqual(second.path);
    expect(w.params.excerpt).toMatch(/^35 nhiệm vụ chậm tiến độ/);
    expect(w.message).toBe(`"nhiệm vụ chậm tiến độ" ghi 32 ở ${formatPath(first.path)} nhưng 35 ở ${formatPath(second.path)}.`);
    const en = validateReport(report, { rules, locale: "en" }).find((i) => i.code === "quantity_restated");
    expect(en?.message).toBe(`"nhiệm vụ chậm tiến độ" is 32 in ${formatPath(first.path)} but 35 in ${formatPath(second.path)}.`);
  });

  it("no warning when the value is the same twice, or when the quantities differ", () => {
    const same = reportFor(
      "09487",
      "202605",
      withParagraph("Đến nay còn 32 nhiệm vụ chậm tiến độ.", partII),
      withParagraph("Tồn tại: 32 nhiệm vụ chậm tiến độ chưa được khắc phục.", partIV),
    );
    expect(restated(same)).toEqual([]);
    const different = reportFor(
      "09487",
      "202605",
      withParagraph("Đến nay còn 32 nhiệm vụ chậm tiến độ.", partII),
      withParagraph("Tồn tại: 35 nhiệm vụ chưa bố trí kinh phí.", partIV),
    );
    expect(restated(different)).toEqual([]);
  });

  it("the paragraph-level findings stay at their own paths", () => {
    const report = reportFor("09487", "202605", withParagraph("Trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%.", partII));
    const issues = validateReport(report, { rules });
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["percent_mismatch", formatPath(proseParagraphs(report)[1]!.path)]]);
  });
});

describe("narrative.prose on an over-long paragraph", () => {
  it("reports a paragraph above 50.000 characters at its path, naming the field, and does not read it", () => {
    const long = "Trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%. ".repeat(1200);
    const report = reportFor("09487", "202605", withParagraph(long, { outline: "3.1" }), withParagraph("Trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%.", { outline: "3.1" }));
    const issues = validateReport(report, { rules });
    const path = proseParagraphs(report).find((p) => p.text === long)!.path;
    expect(issues.filter((i) => formatPath(i.path) === formatPath(path)).map((i) => [i.code, i.severity])).toEqual([["text_too_long", "warning"]]);
    const w = issues.find((i) => i.code === "text_too_long")!;
    expect(w.message).toBe(`Đoạn văn ở ${formatPath(path)} dài ${long.length.toLocaleString("de-DE")} ký tự, vượt giới hạn 50.000 ký tự của một đoạn: số liệu trong đoạn không được kiểm tra.`);
    expect(w.params).toEqual({ field: formatPath(path), length: long.length, max: 50_000 });
    // The short paragraph beside it is still read.
    expect(issues.filter((i) => i.code === "percent_mismatch")).toHaveLength(1);
  });
});

describe("narrative.prose on a report made of thousands of slips", () => {
  it("stops after 1.000 findings with one warning naming the first paragraph not read", () => {
    const slip = "Trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%.";
    const report = reportFor("09487", "202605", ...Array.from({ length: 1500 }, () => withParagraph(slip, { outline: "3.1" })));
    const issues = validateReport(report, { rules });
    expect(issues.filter((i) => i.code === "percent_mismatch")).toHaveLength(1000);
    const stop = issues.filter((i) => i.code === "findings_truncated");
    expect(stop).toHaveLength(1);
    // The 1.001st slip is the first paragraph not read (the title before them is read too).
    expect(formatPath(stop[0]!.path)).toBe("body[0].paragraphs[1000]");
    expect(stop[0]!.severity).toBe("warning");
    expect(stop[0]!.message).toContain("Dừng kiểm tra lời văn sau 1.000 phát hiện: 500 đoạn");
  });
});
