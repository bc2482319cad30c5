import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  effectiveOutline,
  headingText,
  migrateReport,
  outlineBody,
  paragraphText,
  safeParseReport,
  walkBody,
  type BodyNode,
  type Report,
} from "../../src/schema/index.js";
import { FIXTURE_NAMES, fixturePath, type FixtureName } from "../fixtures/index.js";

type Json = Record<string, unknown>;
type Limitation = { text: string; responsible?: string };

/** The v1 encodings of the seed reports, kept beside the v2 fixtures for these tests. */
function loadV1(name: FixtureName): Json {
  return JSON.parse(readFileSync(join(fixturePath(name), "..", "v1", `${name}.json`), "utf8")) as Json;
}

/** Every piece of v1 prose, with the outline tag a v2 part holding it must carry (own or an ancestor's). */
function v1Prose(v1: Json): { text: string; tag: string }[] {
  const out: { text: string; tag: string }[] = [];
  const add = (tag: string, xs: unknown) => {
    for (const x of (xs as (string | Limitation)[] | undefined) ?? []) {
      if (typeof x === "string") out.push({ text: x, tag });
      else {
        out.push({ text: x.text.replace(/[.;]+$/u, ""), tag });
        if (x.responsible !== undefined) out.push({ text: x.responsible, tag });
      }
    }
  };
  add("preamble", v1.preamble);
  for (const s of (v1.sections as Json[] | undefined) ?? []) {
    const id = s.id as string;
    if (typeof s.title === "string") out.push({ text: s.title, tag: id });
    add(id, s.paragraphs);
    for (const i of (s.items as Json[] | undefined) ?? []) {
      if (typeof i.title === "string" && i.title !== "") out.push({ text: i.title, tag: id });
      add(id, i.paragraphs);
    }
    const a = s.assessment as Json | undefined;
    add(id, a?.limitations);
    add(id, a?.focusTasks);
  }
  const a = (v1.assessment as Json | undefined) ?? {};
  for (const k of ["strengths", "limitations", "causes", "solutions", "lessons"]) add(`assessment.${k}`, a[k]);
  const r = (v1.recommendations as Json | undefined) ?? {};
  for (const k of ["government", "ministries", "other"]) add(`recommendations.${k}`, r[k]);
  add("nextTasks", v1.nextTasks);
  if (typeof v1.closing === "string") out.push({ text: v1.closing, tag: "closing" });
  return out.filter((x) => x.text.trim() !== "");
}

/** Every part of a v2 body: its heading and paragraphs' text, and its effective outline tags. */
function v2Parts(body: readonly BodyNode[]): { text: string; tags: string[] }[] {
  return [...walkBody(body)].map((v) => ({
    text: [headingText(v.node), ...v.node.paragraphs.map(paragraphText)].join("\n"),
    tags: effectiveOutline(v),
  }));
}

const signer = { authority: [{ prefix: "TM.", of: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", name: "Vũ Thị Kim Hương" };
const v1Minimal = {
  schemaVersion: 1,
  unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" },
  period: "202605",
  document: { issuer: "ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU", symbol: "BC-UBND", place: "Đông Cứu", date: "2026-05-20", summary: "Kết quả tháng 05/2026", signer },
  values: { "hs.tiep_nhan": 976 },
};

describe.each(FIXTURE_NAMES.map((n) => [n] as const))("the v1 encoding of %s", (name) => {
  it("migrates and parses without problems", () => {
    const v1 = loadV1(name);
    expect(v1.schemaVersion).toBe(1);
    const m = migrateReport(v1);
    expect(m.problems).toEqual([]);
    expect(m.success && m.from).toBe(1);
    const r = safeParseReport(v1);
    expect(r.problems).toEqual([]);
    expect(r.data?.schemaVersion).toBe(2);
  });

  it("loses nothing: every v1 text lands in a part tagged with the outline item it came from", () => {
    const v1 = loadV1(name);
    const r = safeParseReport(v1).data as Report;
    const parts = v2Parts(r.body);
    for (const { text, tag } of v1Prose(v1)) {
      const home = parts.find((p) => p.text.includes(text.trim()) && p.tags.includes(tag));
      expect(home, `${tag}: ${text.slice(0, 80)}`).toBeDefined();
    }
  });

  it("keeps the header, figures and comparisons; the summary becomes the title", () => {
    const v1 = loadV1(name);
    const r = safeParseReport(v1).data as Report;
    const { summary, ...header } = v1.document as Json;
    expect(r.document.title).toBe(summary);
    expect(r.document).toMatchObject(header);
    expect(r.document.kind).toBe("bao_cao");
    for (const key of ["unit", "agency", "period", "values", "stated", "flags", "comparisons"] as const) {
      if (v1[key] !== undefined) expect(r[key], key).toMatchObject(v1[key] as object);
    }
    expect(r.origin).toBe("author");
  });

  it("is pure: the v1 input is left as it was", () => {
    const v1 = loadV1(name);
    const before = JSON.stringify(v1);
    migrateReport(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });
});

describe("migrateReport", () => {
  it("lays out a v1 report as the v1 renderer printed it, Roman numerals closing up", () => {
    const m = migrateReport({
      ...v1Minimal,
      preamble: ["Thực hiện Kế hoạch số 12/KH-UBND…"],
      sections: [
        { id: "3", items: [{ id: "3.1", paragraphs: ["Tiếp nhận 976 hồ sơ."] }], assessment: { limitations: [{ text: "Mạng chậm.", responsible: "VNPT" }], focusTasks: ["Số hóa hồ sơ."] } },
        { id: "1", paragraphs: ["Ban hành 15 văn bản."] },
      ],
      recommendations: { other: ["Đề nghị tỉnh hỗ trợ thiết bị."] },
      closing: "Trên đây là báo cáo của UBND xã./.",
    });
    expect(m.success).toBe(true);
    const body = (m.data?.body ?? []) as BodyNode[];
    const lines = [...walkBody(body)].map((v) => `${"  ".repeat(v.depth)}${headingText(v.node)} ${JSON.stringify(v.node.outline)}`);
    expect(lines).toEqual([
      ' ["preamble"]',
      "I. KẾT QUẢ CÁC MẶT CÔNG TÁC []",
      '  1. Công tác tham mưu, chỉ đạo triển khai ["1"]',
      '  3. Về cải cách thủ tục hành chính ["3"]',
      '    3.1. Kết quả thực hiện ["3.1"]',
      '    3.2. Nhận xét, đánh giá ["assessment"]',
      '      a) Tồn tại, hạn chế ["assessment.limitations"]',
      '      b) Nhiệm vụ trọng tâm thời gian tới ["nextTasks"]',
      'II. KIẾN NGHỊ, ĐỀ XUẤT ["recommendations"]',
      '  1. Kiến nghị khác ["recommendations.other"]',
      ' ["closing"]',
    ]);
    const limitations = [...walkBody(body)].find((v) => v.node.outline.includes("assessment.limitations"))!.node;
    expect(limitations.paragraphs).toEqual(["- Mạng chậm (trách nhiệm: VNPT)."]);
  });

  it.each([
    [0, "0"],
    [3, "3"],
    ["2", '"2"'],
    [null, "null"],
    [true, "true"],
  ])("names schemaVersion and the version found (%j) when it cannot read it", (version, shown) => {
    const input = { ...v1Minimal, schemaVersion: version };
    const m = migrateReport(input);
    expect(m.success).toBe(false);
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0]).toMatchObject({ code: "unsupported_schema_version", severity: "error", path: ["schemaVersion"] });
    expect(m.problems[0]?.message).toBe(
      `Trường "schemaVersion": phiên bản lược đồ ${shown} không được hỗ trợ; SDK này đọc phiên bản 2 và chuyển đổi phiên bản 1.`,
    );
    const r = safeParseReport(input, { locale: "en" });
    expect(r.success).toBe(false);
    expect(r.problems[0]?.message).toBe(`Field "schemaVersion": schema version ${shown} is not supported; this SDK reads version 2 and migrates version 1.`);
  });

  it("points at the v1 input when a v1 part is malformed", () => {
    const r = safeParseReport({ ...v1Minimal, sections: [{ id: "3", paragraphs: "một đoạn" }], nextTasks: [1] });
    expect(r.success).toBe(false);
    expect(r.problems.map((p) => p.path.join("/"))).toEqual(["sections/0/paragraphs", "nextTasks/0"]);
    expect(r.problems[0]?.message).toBe('Trường "sections[0].paragraphs": cần danh sách, nhận được chuỗi ký tự.');
  });

  it("leaves a v2 report as it is", () => {
    const v2 = { ...v1Minimal, schemaVersion: 2, document: { title: "Báo cáo" } };
    const m = migrateReport(v2);
    expect(m.success && m.data).toBe(v2);
    expect(m.success && m.from).toBe(2);
  });

  it("never throws and always parses a v1 report whatever text its parts hold", () => {
    const texts = fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 });
    const section = fc.record({
      id: fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8"),
      title: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      paragraphs: texts,
      items: fc.array(fc.record({ id: fc.constantFrom("3.1", "3.5", "6.3", "1.12"), paragraphs: texts }), { maxLength: 3 }),
      assessment: fc.option(fc.record({ limitations: fc.array(fc.record({ text: fc.string({ maxLength: 20 }) }), { maxLength: 2 }), focusTasks: texts }), { nil: undefined }),
    });
    fc.assert(
      // Sections at most once each, as version 1 required.
      fc.property(fc.uniqueArray(section, { maxLength: 4, selector: (s) => s.id }), texts, texts, (sections, nextTasks, government) => {
        const input = JSON.parse(JSON.stringify({ ...v1Minimal, sections, nextTasks, recommendations: { government } })) as Json;
        const r = safeParseReport(input);
        expect(r.problems).toEqual([]);
        expect(r.success).toBe(true);
        // Nothing written is lost: every non-blank text of the v1 parts is in some part of the body.
        const parts = v2Parts(r.data!.body);
        for (const { text } of v1Prose(input)) expect(parts.some((p) => p.text.includes(text.normalize("NFC").trim()))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("outlineBody", () => {
  it("lays out a generated draft's skeleton: the sections expected at the level and every part, empty", () => {
    const xa = outlineBody({}, { skeleton: "xa" });
    expect(xa.map((n) => headingText(n))).toEqual([
      "I. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "II. NHẬN XÉT, ĐÁNH GIÁ",
      "III. KIẾN NGHỊ, ĐỀ XUẤT",
      "IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
    ]);
    expect(xa[0]?.children.map((n) => n.outline[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(xa[1]?.children.map((n) => n.outline[0])).toEqual([
      "assessment.strengths",
      "assessment.limitations",
      "assessment.causes",
      "assessment.solutions",
      "assessment.lessons",
    ]);
    expect(outlineBody({})).toEqual([]);
  });

  it("gives every part a unique id, even items numbered twice", () => {
    const body = outlineBody({ sections: [{ id: "1", items: [{ id: "1.5", paragraphs: ["a"] }, { id: "1.5", paragraphs: ["b"] }] }] });
    const ids = [...walkBody(body)].map((v) => v.node.id);
    expect(ids).toEqual(["results", "s1", "s1.5", "s1.5-2"]);
  });
});
