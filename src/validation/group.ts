import { formatViNumber } from "../format/number.js";
import { indicatorCatalog, sectionOf } from "../indicators/catalog.js";
import type { Catalog } from "../indicators/types.js";
import { formatPath, type Locale, type Severity } from "../schema/problem.js";
import { type BodyNode, effectiveOutline } from "../schema/body.js";
import { outlinePlace } from "../schema/outline-place.js";
import type { Path } from "../schema/problem.js";
import type { Report } from "../schema/report.js";
import type { ValidationIssue } from "./issue.js";
import { validationTables } from "./tables.js";

/**
 * Shapes of the issue list that form UIs use: by field path (to show an issue beside its input),
 * by outline section (to badge a tab), by severity (to block on errors), and a one-line summary.
 */

/**
 * Issues grouped by their formatted path (`document.date`, `body[1].children[0].paragraphs[2]`), in the
 * order first met. The object has no prototype, so any path is a safe key.
 *
 * @category Validation
 * @example
 * ```ts
 * const byPath = groupIssuesByPath(issues);
 * byPath["document.date"]?.map((i) => i.message);
 * ```
 */
export function groupIssuesByPath(issues: readonly ValidationIssue[]): Record<string, ValidationIssue[]> {
  const out = Object.create(null) as Record<string, ValidationIssue[]>;
  for (const i of issues) {
    const key = formatPath(i.path);
    (out[key] ??= []).push(i);
  }
  return out;
}

/**
 * Issues by severity, each list in the original order.
 *
 * @category Validation
 * @example
 * ```ts
 * const { error, warning } = groupIssuesBySeverity(issues);
 * if (error.length > 0) disableSubmit();
 * ```
 */
export function groupIssuesBySeverity(issues: readonly ValidationIssue[]): Record<Severity, ValidationIssue[]> {
  const out: Record<Severity, ValidationIssue[]> = { error: [], warning: [], info: [] };
  for (const i of issues) (out[i.severity] ?? out.info).push(i);
  return out;
}

/** The outline section of the node a `body[…].children[…]…` path points into, if tagged. */
function nodeSection(report: Report, path: Path): string | undefined {
  const chain: BodyNode[] = [];
  let nodes: readonly BodyNode[] | undefined = report.body;
  for (let k = 1; k < path.length && nodes !== undefined; k += 2) {
    const i = path[k];
    const node: BodyNode | undefined = typeof i === "number" ? nodes[i] : undefined;
    if (node === undefined) break;
    chain.push(node);
    nodes = path[k + 1] === "children" ? node.children : undefined;
  }
  const node = chain.pop();
  if (node === undefined) return undefined;
  return outlinePlace(effectiveOutline({ node, ancestors: chain })).section;
}

/**
 * Where an issue belongs in the report's outline: a section id `"1"`–`"8"`, or `"document"`
 * (header, dates, signature, distribution), or `"general"` (the overall assessment, the
 * recommendations, footnotes, untagged parts, anything else). An issue in the body belongs to
 * the section its part (or an ancestor) is tagged with.
 *
 * @category Validation
 * @example
 * ```ts
 * issueSection(issue, report); // "3" for an issue at values.hs.tiep_nhan or in a part tagged "3.1"
 * ```
 */
export function issueSection(issue: ValidationIssue, report?: Report, catalog: Catalog = indicatorCatalog): string {
  const [head, second] = issue.path;
  if (head === "body" && typeof second === "number" && report !== undefined) {
    const section = nodeSection(report, issue.path);
    if (section !== undefined) return section;
  }
  if (issue.code === "section_missing" && typeof issue.params.section === "string") return issue.params.section;
  let id: unknown;
  if (head === "values" || head === "stated" || head === "flags") id = second;
  else if (head === "comparisons") id = issue.path[3];
  if (typeof id === "string") {
    const t = validationTables(catalog);
    const item = t.elements.get(id)?.outlineItem ?? t.indicators.get(id)?.outlineItem ?? t.scores.get(id)?.outlineItem;
    if (item !== undefined) return sectionOf(item);
  }
  if (head === "document" || head === "unit" || head === "period" || head === "agency") return "document";
  return "general";
}

/**
 * Issues grouped by outline section (see {@link issueSection}), each list in the original order.
 * Keys enumerate as sections `"1"`–`"8"` in order, then `"document"`, then `"general"`: a
 * JavaScript object always lists integer-like keys first, in ascending order, whatever the
 * order they were added in, so a UI that wants the header first puts `"document"` first itself.
 *
 * @category Validation
 * @example
 * ```ts
 * const bySection = groupIssuesBySection(issues, report);
 * Object.keys(bySection); // ["1", "3", "document", "general"]
 * bySection["3"]?.length;  // issues to badge the tab of section 3 with
 * ```
 */
export function groupIssuesBySection(
  issues: readonly ValidationIssue[],
  report?: Report,
  catalog: Catalog = indicatorCatalog,
): Record<string, ValidationIssue[]> {
  const buckets = new Map<string, ValidationIssue[]>();
  for (const i of issues) {
    const key = issueSection(i, report, catalog);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(i);
  }
  const order = ["1", "2", "3", "4", "5", "6", "7", "8", "document", "general"];
  const keys = [...buckets.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib) || a.localeCompare(b);
  });
  const out = Object.create(null) as Record<string, ValidationIssue[]>;
  for (const k of keys) out[k] = buckets.get(k)!;
  return out;
}

const WORDS: Record<Locale, Record<Severity, [string, string]> & { none: string }> = {
  vi: { error: ["lỗi", "lỗi"], warning: ["cảnh báo", "cảnh báo"], info: ["lưu ý", "lưu ý"], none: "Không có lỗi hay cảnh báo" },
  en: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"], none: "No errors or warnings" },
};

/**
 * A one-line summary of an issue list: "3 lỗi, 5 cảnh báo" ("1.204 cảnh báo" with Vietnamese
 * digit grouping); "Không có lỗi hay cảnh báo" when empty. Info notes are counted last.
 *
 * @category Validation
 * @summary "3 lỗi, 5 cảnh báo".
 * @example
 * ```ts
 * summarizeIssues(issues);       // "3 lỗi, 5 cảnh báo"
 * summarizeIssues(issues, "en"); // "3 errors, 5 warnings"
 * summarizeIssues([]);           // "Không có lỗi hay cảnh báo"
 * ```
 */
export function summarizeIssues(issues: readonly ValidationIssue[], locale: Locale = "vi"): string {
  const words = WORDS[locale] ?? WORDS.vi;
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) if (i.severity in count) count[i.severity]++;
  const parts: string[] = [];
  for (const s of ["error", "warning", "info"] as const) {
    const c = count[s];
    if (c === 0) continue;
    const number = locale === "vi" ? formatViNumber(c) : c.toLocaleString("en-US");
    parts.push(`${number} ${words[s][c === 1 ? 0 : 1]}`);
  }
  return parts.length === 0 ? words.none : parts.join(", ");
}
