import { describe, expect, it } from "vitest";
import { parseReport, ReportParseError, reportJsonSchema, safeParseReport } from "../../src/index.js";

export const minimal = {
  schemaVersion: 2,
  unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" },
  period: "202605",
  document: {
    issuer: "ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU",
    symbol: "BC-UBND",
    place: "Đông Cứu",
    date: "2026-05-20",
    title: "Kết quả triển khai Đề án 06 tháng 05/2026",
    signer: { authority: [{ prefix: "TM.", of: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", name: "Vũ Thị Kim Hương" },
  },
  values: { "hs.tiep_nhan": 976 },
};

describe("safeParseReport", () => {
  it("accepts a minimal report and fills defaults", () => {
    const r = safeParseReport(minimal);
    expect(r.problems).toEqual([]);
    expect(r.success).toBe(true);
    expect(r.data?.body).toEqual([]);
    expect(r.data?.footnotes).toEqual([]);
    expect(r.data?.origin).toBe("author");
    expect(r.data?.presentation).toEqual({ figuresTable: false });
    expect(r.data?.document.kind).toBe("bao_cao");
    expect(r.data?.document.number).toBeNull();
  });

  it("normalises text to NFC", () => {
    const nfd = { ...minimal, unit: { ...minimal.unit, name: "Xã Đông Cứu".normalize("NFD") } };
    const r = safeParseReport(nfd);
    expect(r.data?.unit.name).toBe("Xã Đông Cứu".normalize("NFC"));
    expect(r.data?.unit.name).not.toBe(nfd.unit.name);
  });

  it.each([
    ["negative count", { values: { "hs.tiep_nhan": -1 } }, ["values", "hs.tiep_nhan"], "too_small"],
    ["fractional count", { values: { "hs.tiep_nhan": 1.5 } }, ["values", "hs.tiep_nhan"], "not_integer"],
    ["unsafe integer", { values: { "hs.tiep_nhan": 2 ** 53 } }, ["values", "hs.tiep_nhan"], "too_big"],
    ["string count", { values: { "hs.tiep_nhan": "976" } }, ["values", "hs.tiep_nhan"], "invalid_union"],
    ["bad period", { period: "202613" }, ["period"], "invalid_period"],
    ["unknown key", { extra: 1 }, [], "unrecognized_keys"],
  ])("reports %s with its path", (_name, patch, path, code) => {
    const r = safeParseReport({ ...minimal, ...patch });
    expect(r.success).toBe(false);
    const p = r.problems.find((x) => x.code === code);
    expect(p?.path).toEqual(path);
    expect(p?.message).toMatch(/Trường/);
  });

  it("rejects an impossible date", () => {
    const r = safeParseReport({ ...minimal, document: { ...minimal.document, date: "2026-02-31" } });
    expect(r.problems[0]?.path).toEqual(["document", "date"]);
    expect(r.problems[0]?.message).toContain("ngày không hợp lệ");
  });

  it("reports __proto__ and constructor keys instead of dropping them", () => {
    const hostile = JSON.parse(
      JSON.stringify(minimal).replace('"values":{', '"values":{"__proto__":{"x":1},"constructor":2,'),
    );
    const r = safeParseReport(hostile);
    expect(r.success).toBe(false);
    expect(r.problems.map((p) => p.path.join("/"))).toEqual(
      expect.arrayContaining(["values/__proto__", "values/constructor"]),
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("speaks English when asked", () => {
    const r = safeParseReport({ ...minimal, period: "x" }, { locale: "en" });
    expect(r.problems[0]?.message).toMatch(/invalid period id/);
  });

  it("never throws on non-objects", () => {
    for (const v of [null, undefined, 1, "x", [], () => 1, Symbol("s"), 10n]) {
      expect(safeParseReport(v).success).toBe(false);
    }
  });

  it("rejects a part id used twice, a footnote marker and a figure's place pointing nowhere", () => {
    const r = safeParseReport({
      ...minimal,
      body: [
        { id: "a", numbering: "I.", title: "KẾT QUẢ", children: [{ id: "a", paragraphs: [{ runs: [{ text: "976 hồ sơ" }, { footnote: "9" }] }] }] },
      ],
      at: { "hs.tiep_nhan": "b" },
    });
    expect(r.problems.map((p) => [p.code, p.path.join("/")])).toEqual([
      ["duplicate_node_id", "body/0/children/0/id"],
      ["unknown_footnote", "body/0/children/0/paragraphs/0/runs/1/footnote"],
      ["unknown_node", "at/hs.tiep_nhan"],
    ]);
    expect(r.problems[1]?.message).toBe('Trường "body[0].children[0].paragraphs[0].runs[1].footnote": không có chú thích “9” trong footnotes.');
  });

  it("accepts a briefing document with no number, date, issuer, recipients or signer", () => {
    const r = safeParseReport({
      ...minimal,
      document: { kind: "tai_lieu", title: "Phục vụ Hội nghị sơ kết Đề án 06 tháng 5/2026" },
      body: [{ numbering: "I.", title: "KẾT QUẢ", paragraphs: ["Tiếp nhận 976 hồ sơ."], outline: ["3"] }],
    });
    expect(r.problems).toEqual([]);
    expect(r.data?.document.signer).toBeUndefined();
    expect(r.data?.document.date).toBeNull();
  });
});

describe("parseReport", () => {
  it("throws one typed error carrying every problem", () => {
    let caught: unknown;
    try {
      parseReport({ ...minimal, period: "x", values: { "hs.tiep_nhan": -1 } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReportParseError);
    expect((caught as ReportParseError).problems).toHaveLength(2);
  });
});

describe("reportJsonSchema", () => {
  it("has Vietnamese titles and forbids unknown keys", () => {
    const s = reportJsonSchema() as { title: string; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(s.title).toBe("Báo cáo Đề án 06");
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toContain("values");
  });
});

describe("messages", () => {
  it("explains an unsafe integer in Vietnamese with Vietnamese digit grouping", () => {
    const r = safeParseReport({ ...minimal, values: { "hs.tiep_nhan": 2 ** 53 } });
    expect(r.problems[0]?.message).toBe(
      'Trường "values.hs.tiep_nhan": số quá lớn, vượt giới hạn số nguyên an toàn 9.007.199.254.740.991 (không tính chính xác được).',
    );
  });
});
