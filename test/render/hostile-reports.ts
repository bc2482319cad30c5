/**
 * Random reports full of hostile text (markup, control characters, lone surrogates, NFD,
 * emoji, bidi marks, huge strings) that the schema still accepts: shared by the fuzz test and
 * `scripts/render-samples.ts --hostile N --pdf`.
 */
import fc from "fast-check";
import { indicatorCatalog } from "../../src/indicators/index.js";
import { safeParseReport, type Report } from "../../src/schema/index.js";

/** Characters XML 1.0 does not allow (§2.2), and lone surrogates. */
export const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings meant to break a document: markup, controls, surrogates, NFD, emoji, bidi, huge. */
export const NASTY = [
  "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
  "]]><![CDATA[",
  "&amp; & &lt; < > \" '",
  "\u0000\u0001\u0008\u000B\u000C\u001F",
  "\uFFFE\uFFFF",
  "\uD800",
  "x\uDC00y",
  "😀👨‍👩‍👧🇻🇳",
  "Ba\u0300o ca\u0301o Đe\u0302\u0300 a\u0301n 06",
  "\u202Egnp.exe\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "dòng 1\r\ndòng 2\tcột",
  "\u0085\u2028\u2029",
  "\u0080\u009F",
  "ỦY BAN NHÂN DÂN",
  "- gạch đầu dòng",
  "+ dấu cộng",
  "./.",
  " ",
];

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((xs) => xs.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(2000), "Tổng số hồ sơ ".repeat(200)) },
);
const filled = hostile.filter((s) => s.normalize("NFC").length > 0);
const list = fc.array(hostile, { maxLength: 3 });

const elementIds = indicatorCatalog.elements.map((e) => e.id);
const indicatorIds = indicatorCatalog.indicators.map((i) => i.id);

const figures = fc.record({
  values: fc.dictionary(fc.constantFrom(...elementIds), fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.nat({ max: 5000 }), fc.boolean()), { maxKeys: 12 }),
  stated: fc.dictionary(
    fc.constantFrom(...indicatorIds, ...elementIds.slice(0, 5)),
    fc.record(
      { value: fc.double({ min: 0, max: 1e12, noNaN: true }), decimals: fc.integer({ min: -8, max: 3 }), qualifier: fc.constantFrom("hơn", "gần", "khoảng") },
      { requiredKeys: ["value", "decimals"] },
    ),
    { maxKeys: 5 },
  ),
  flags: fc.dictionary(fc.constantFrom(...elementIds.slice(0, 40)), fc.constantFrom("estimated", "provisional", "imputed"), { maxKeys: 3 }),
});

const FOOTNOTE_IDS = ["1", "2", "x", "<3>", "y"] as const;

const run = fc.oneof(
  { weight: 4, arbitrary: fc.record({ text: filled, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() }, { requiredKeys: ["text"] }) },
  { weight: 1, arbitrary: fc.record({ footnote: fc.constantFrom("1", "2", "x", "<3>") }) },
);
const paragraph = fc.oneof(filled, fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 4 }) }));
const numbering = fc.option(fc.oneof(fc.constantFrom("I.", "II.", "1.", "1.1.", "2.3.", "a)", "-", "+"), filled.map((s) => s.slice(0, 20)).filter((s) => s.normalize("NFC").length > 0)), { nil: undefined });

/** A body tree at most three deep, hostile at every text. */
const node = (depth: number): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      numbering,
      title: fc.option(filled, { nil: undefined }),
      titleFootnotes: fc.array(fc.constantFrom("1", "2", "y"), { maxLength: 2 }),
      paragraphs: fc.array(paragraph, { maxLength: 3 }),
      children: depth >= 2 ? fc.constant([]) : fc.array(node(depth + 1), { maxLength: 3 }),
      outline: fc.subarray(["1", "3.1", "assessment", "nextTasks"], { maxLength: 2 }),
    },
    { requiredKeys: ["paragraphs", "children"] },
  ).map((n) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)));

const reportInput = fc.record(
  {
    schemaVersion: fc.constant(2),
    unit: fc.constantFrom(
      { code: "09487", name: "Xã Đông Cứu", level: "xa" },
      { code: "40", name: "Tỉnh Nghệ An", level: "tinh" },
      { code: "VN", name: "Toàn quốc", level: "bo" },
    ),
    period: fc.constantFrom("202605", "202601", "2026Q2", "2026S1", "2026N9", "2026", "2026-01-01_2026-03-31"),
    document: fc.record(
      {
        kind: fc.constantFrom("bao_cao", "tai_lieu", "to_trinh", "ke_hoach", "thong_bao"),
        marking: filled,
        governingBody: filled,
        issuer: fc.oneof(filled, filled.map((s) => `ỦY BAN NHÂN DÂN ${s}`)),
        number: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null }),
        symbol: filled,
        place: filled,
        date: fc.option(fc.constantFrom("2026-05-08", "2026-01-01", "2026-12-31", "2024-02-29", "2026-03", "2026"), { nil: null }),
        title: filled,
        recipients: fc.array(filled, { maxLength: 4 }),
        distribution: fc.array(filled, { maxLength: 5 }),
        signer: fc.record(
          {
            authority: fc.array(fc.record({ prefix: fc.constantFrom("TM.", "KT.", "TL.", "TUQ."), of: filled }), { maxLength: 2 }),
            title: filled,
            concurrently: hostile,
            name: filled,
          },
          { requiredKeys: ["authority", "title", "name"] },
        ),
      },
      { requiredKeys: ["title"] },
    ),
    body: fc.array(node(0), { maxLength: 4 }),
    // Every id a marker may point at has its footnote, so the report stays valid as a whole
    // (safeParseReport checks the references zod cannot see).
    footnotes: fc
      .array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { minLength: FOOTNOTE_IDS.length, maxLength: FOOTNOTE_IDS.length })
      .map((ps) => FOOTNOTE_IDS.map((id, i) => ({ id, paragraphs: ps[i]! }))),
    origin: fc.constantFrom("author", "generated"),
    presentation: fc.record({ figuresTable: fc.boolean() }),
    comparisons: fc.record(
      {
        samePeriodLastYear: figures.map((f) => ({ ...f, period: "202505" })),
        previous: figures.map((f) => ({ ...f, period: "202604" })),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["schemaVersion", "unit", "period", "document", "body", "footnotes"] },
).chain((r) => figures.map((f) => ({ ...r, ...f })));

type Node = { paragraphs: unknown[]; children: Node[]; titleFootnotes?: string[] };

/**
 * Footnote markers kept only where their footnote exists (a marker to nowhere is a parse error
 * that `safeParseReport` reports; the renderer's own guard against it is tested apart).
 */
function knownMarkers<T extends { body: Node[]; footnotes?: { id: string }[] }>(input: T): T {
  const known = new Set((input.footnotes ?? []).map((f) => f.id));
  const paragraph = (p: unknown): unknown => {
    if (typeof p !== "object" || p === null || !("runs" in p)) return p;
    const runs = (p as { runs: Record<string, unknown>[] }).runs.filter((r) => !("footnote" in r) || known.has(String(r["footnote"])));
    return runs.length > 0 ? { runs } : "…";
  };
  const node = (n: Node): Node => ({
    ...n,
    ...(n.titleFootnotes === undefined ? {} : { titleFootnotes: n.titleFootnotes.filter((id) => known.has(id)) }),
    paragraphs: n.paragraphs.map(paragraph),
    children: n.children.map(node),
  });
  return { ...input, body: input.body.map(node) };
}

/**
 * Random reports that the SDK accepts: the schema and the parse's cross-references (the few it
 * rejects are skipped, not counted).
 */
export const hostileReports = reportInput
  .map((input) => safeParseReport(knownMarkers(input as unknown as { body: Node[]; footnotes?: { id: string }[] })))
  .filter((r): r is Extract<typeof r, { success: true }> => r.success)
  .map((r): Report => r.data);
