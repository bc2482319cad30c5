import type { NarrativeFinding, NarrativeOptions } from "./finding.js";
import { NARRATIVE_SEVERITY } from "./finding.js";
import { narrativeMessage } from "./messages.js";
import { narrativeFindings } from "./check-narrative.js";
import { conflicts, type PlacedStatement, sharedPhrase } from "./rules/restated.js";

/**
 * A paragraph given to {@link checkDocument}: its text and, optionally, where it sits (a path
 * such as `"sections.2.paragraphs.0"` or a heading such as `"Phần II"`).
 *
 * @category Validation
 * @example
 * ```ts
 * const p: DocumentParagraph = { text: "Còn 32 nhiệm vụ chậm tiến độ.", path: "Phần II" };
 * ```
 */
export interface DocumentParagraph {
  readonly text: string;
  readonly path?: string;
}

/**
 * A finding of {@link checkDocument}: a {@link NarrativeFinding} whose offsets are into the
 * paragraph at index `paragraph` (and `path`, when that paragraph has one).
 *
 * @category Validation
 * @example
 * ```ts
 * const f: DocumentFinding = {
 *   paragraph: 1, path: "Phần IV", code: "quantity_restated", severity: "warning", start: 4, end: 30,
 *   excerpt: "35 nhiệm vụ chậm tiến độ", message: "…", params: {},
 * };
 * ```
 */
export interface DocumentFinding extends NarrativeFinding {
  /** Index of the paragraph in the list given. */
  readonly paragraph: number;
  /** The paragraph's path, when given. */
  readonly path?: string;
}

interface Place {
  readonly paragraph: number;
  readonly name: string | number;
  readonly span: readonly [number, number];
}

/**
 * Checks a whole document: every paragraph as {@link checkNarrative} does, and, across
 * paragraphs, the same quantity stated twice with different values ("32 nhiệm vụ chậm tiến độ"
 * in part II, "35 nhiệm vụ chậm tiến độ" in part IV): a `quantity_restated` warning on the
 * second statement that names both places (their paths, or "đoạn n" counted from 1).
 *
 * @category Validation
 * @summary Check the prose of a whole document, across paragraphs.
 * @param paragraphs - The document's paragraphs in order, each with an optional path.
 * @param options - As for {@link checkNarrative}.
 * @returns The findings, paragraph by paragraph, in text order.
 * @example
 * ```ts
 * checkDocument([
 *   { text: "Đến nay còn 32 nhiệm vụ chậm tiến độ.", path: "Phần II" },
 *   { text: "Tồn tại: 35 nhiệm vụ chậm tiến độ chưa hoàn thành.", path: "Phần IV" },
 * ]);
 * // [{ paragraph: 1, path: "Phần IV", code: "quantity_restated", severity: "warning",
 * //    message: "\"nhiệm vụ chậm tiến độ\" ghi 32 ở Phần II nhưng 35 ở Phần IV.", … }]
 * ```
 */
export function checkDocument(paragraphs: readonly DocumentParagraph[], options: NarrativeOptions = {}): DocumentFinding[] {
  const out: DocumentFinding[] = [];
  const statements: PlacedStatement<Place>[] = [];
  if (!Array.isArray(paragraphs)) return out;
  const max = typeof options.maxFindings === "number" && options.maxFindings >= 0 ? options.maxFindings : Infinity;
  let stopped = -1;
  paragraphs.forEach((p, index) => {
    if (stopped >= 0) return;
    if (out.length >= max) {
      stopped = index;
      return;
    }
    const text = typeof p?.text === "string" ? p.text : "";
    const name = typeof p?.path === "string" ? p.path : index + 1;
    const where: { paragraph: number; path?: string } = typeof p?.path === "string" ? { paragraph: index, path: p.path } : { paragraph: index };
    const findings = narrativeFindings(
      text,
      options,
      false,
      (sts) => {
        for (const st of sts) statements.push({ ...st, place: { paragraph: index, name, span: [st.start, st.end] } });
      },
      where,
    );
    for (const f of findings) out.push(f);
  });
  const locale = options.locale ?? "vi";
  for (const [a, b] of conflicts(statements, (x, y) => x.place.paragraph === y.place.paragraph && x.sentence === y.sentence)) {
    const text = paragraphs[b.place.paragraph]?.text ?? "";
    const [start, end] = b.place.span;
    const params = { quantity: sharedPhrase(a, b), first: a.text, second: b.text, firstAt: a.place.name, secondAt: b.place.name, firstParagraph: a.place.paragraph };
    const path = paragraphs[b.place.paragraph]?.path;
    out.push({
      paragraph: b.place.paragraph,
      ...(typeof path === "string" ? { path } : {}),
      code: "quantity_restated",
      severity: NARRATIVE_SEVERITY.quantity_restated,
      start,
      end,
      excerpt: text.slice(start, end),
      message: narrativeMessage("quantity_restated", params, locale),
      expected: a.value,
      actual: b.value,
      params,
    });
  }
  if (stopped >= 0) {
    const p = paragraphs[stopped];
    const from = typeof p?.path === "string" ? p.path : stopped + 1;
    const params = { max, left: paragraphs.length - stopped, from };
    out.push({
      paragraph: stopped,
      ...(typeof p?.path === "string" ? { path: p.path } : {}),
      code: "findings_truncated",
      severity: NARRATIVE_SEVERITY.findings_truncated,
      start: 0,
      end: 0,
      excerpt: "",
      message: narrativeMessage("findings_truncated", params, locale),
      params,
    });
  }
  return out.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || x.end - y.end);
}
