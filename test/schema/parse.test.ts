import { describe, expect, it } from "vitest";
import { isReportParseError, parseReport, ReportParseError, reportJsonSchema, safeParseReport } from "../../src/index.js";

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

  it("keeps text that is already NFC and normalises NFD text, keys included, for every fast-path range", () => {
    // The copy skips ICU for characters that are their own NFC form (below U+0300, the precomposed
    // Vietnamese letters, general punctuation); each must come out as normalize("NFC") gives it.
    const ranges = [[0x20, 0x2ff], [0x1ea0, 0x1ef9], [0x2002, 0x206f]] as const;
    const chars = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));
    const summary = chars.join("");
    const r = safeParseReport({ ...minimal, document: { ...minimal.document, title: summary } });
    expect(r.data?.document.title).toBe(summary.normalize("NFC"));
    // U+2000 (EN QUAD) is not its own NFC form: it must not take the fast path.
    const quad = safeParseReport({ ...minimal, document: { ...minimal.document, title: "a\u2000b" } });
    expect(quad.data?.document.title).toBe("a\u2002b");
    const nfdKey = safeParseReport({ ...minimal, values: { "hs.tiep_nhan": 1 }, document: { ...minimal.document, title: "Tiếp nhận".normalize("NFD") } });
    expect(nfdKey.data?.document.title).toBe("Tiếp nhận");
  });

  it("lists 130.000 bad keys one by one, not as one misleading not_json problem", () => {
    const values: Record<string, number> = {};
    for (let i = 0; i < 130_000; i++) values[`Sai ${i}`] = 1;
    const r = safeParseReport({ ...minimal, values });
    expect(r.problems.length).toBe(130_000);
    expect(r.problems.every((p) => p.code === "invalid_key")).toBe(true);
    expect(r.problems[129_999]?.path).toEqual(["values", "Sai 129999"]);
  });

  it("gives zod plain objects: parsed objects have Object.prototype and no forbidden key", () => {
    const r = safeParseReport(JSON.parse(JSON.stringify(minimal)));
    expect(Object.getPrototypeOf(r.data?.document.signer)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.data?.values)).toBe(Object.prototype);
  });

  it("shares no object or array with its input, whether the input goes through the NFC copy or not", () => {
    // Plain NFC JSON goes to the schema as it is (no copy); zod's output must still be all new.
    const objects = (v: unknown, into = new Set<object>()): Set<object> => {
      if (v !== null && typeof v === "object" && !into.has(v)) {
        into.add(v);
        for (const x of Object.values(v)) objects(x, into);
      }
      return into;
    };
    const plain = JSON.parse(JSON.stringify(minimal)) as unknown;
    const nfd = { ...minimal, document: { ...minimal.document, title: "Tiếp nhận".normalize("NFD") } };
    for (const input of [plain, nfd]) {
      const r = safeParseReport(input);
      expect(r.success).toBe(true);
      const mine = objects(input);
      expect([...objects(r.data)].filter((o) => mine.has(o))).toEqual([]);
    }
    // An object of another prototype takes the copy (own keys only): the same report comes out.
    const viaCopy = Object.assign(Object.create(Object.create(null) as object) as object, plain);
    expect(safeParseReport(viaCopy).data).toEqual(safeParseReport(plain).data);
  });

  it("reports a cycle as not_json at the path where it closes", () => {
    const cyclic: Record<string, unknown> = { ...minimal, document: { ...minimal.document } };
    (cyclic.document as Record<string, unknown>).self = cyclic;
    const r = safeParseReport(cyclic);
    const p = r.problems.find((x) => x.code === "not_json");
    expect(p?.path).toEqual(["document", "self"]);
    expect(p?.params).toEqual({ type: "cycle" });
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

describe("isReportParseError", () => {
  it("is true for what parseReport throws, false for other errors and look-alikes", () => {
    let thrown: unknown;
    try {
      parseReport({});
    } catch (error) {
      thrown = error;
    }
    expect(isReportParseError(thrown)).toBe(true);
    if (isReportParseError(thrown)) expect(thrown.problems.length).toBeGreaterThan(0);
    expect(isReportParseError(new Error("x"))).toBe(false);
    expect(isReportParseError({ name: "ReportParseError", problems: [] })).toBe(false);
    expect(isReportParseError(null)).toBe(false);
  });
});
