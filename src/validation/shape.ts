import type { Report } from "../schema/report.js";

/**
 * A cheap structural test: does a value have the shape of a *parsed* report (defaults filled in,
 * every field of the right type)? Validation runs its rules directly on such a value and sends
 * anything else through `safeParseReport` first. It does not check value-level constraints
 * (regexes, integer counts, NFC); the rules read figures defensively for that reason.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const optStr = (v: unknown) => v === undefined || typeof v === "string";
const strings = (v: unknown) => Array.isArray(v) && v.every(isStr);
const figureSet = (v: Obj) => isObj(v.values) && isObj(v.stated) && isObj(v.flags);
const bool = (v: unknown) => v === undefined || typeof v === "boolean";

function paragraph(p: unknown): boolean {
  if (isStr(p)) return true;
  if (!isObj(p) || !Array.isArray(p.runs)) return false;
  return p.runs.every((r) => isObj(r) && (isStr(r.footnote) || (isStr(r.text) && bool(r.bold) && bool(r.italic) && bool(r.underline))));
}
const paragraphs = (v: unknown) => Array.isArray(v) && v.every(paragraph);

/** The body, without recursion (a hostile report may nest deep) and never twice (nor in a cycle). */
function body(v: unknown): boolean {
  const stack: unknown[] = [v];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const nodes = stack.pop();
    if (!Array.isArray(nodes) || seen.has(nodes)) return false;
    seen.add(nodes);
    for (const n of nodes) {
      if (seen.has(n)) return false;
      seen.add(n);
      if (!isObj(n) || !optStr(n.id) || !optStr(n.numbering) || !optStr(n.title) || !paragraphs(n.paragraphs) || !strings(n.outline)) return false;
      const ts = n.titleStyle;
      if (ts !== undefined && !(isObj(ts) && bool(ts.bold) && bool(ts.italic))) return false;
      if (n.titleFootnotes !== undefined && !strings(n.titleFootnotes)) return false;
      stack.push(n.children);
    }
  }
  return true;
}

function document(d: unknown): boolean {
  if (!isObj(d)) return false;
  if (!isStr(d.kind) || !isStr(d.title) || !optStr(d.marking) || !optStr(d.governingBody) || !optStr(d.issuer) || !optStr(d.symbol) || !optStr(d.place)) {
    return false;
  }
  if (!(d.number === null || typeof d.number === "number") || !(d.date === null || isStr(d.date))) return false;
  if (!strings(d.recipients) || !strings(d.distribution)) return false;
  const s = d.signer;
  return (
    s === undefined ||
    (isObj(s) &&
      isStr(s.title) &&
      isStr(s.name) &&
      optStr(s.concurrently) &&
      Array.isArray(s.authority) &&
      s.authority.every((a) => isObj(a) && isStr(a.prefix) && isStr(a.of)))
  );
}

/**
 * Whether `value` has the shape of a parsed {@link Report}.
 *
 * @category Validation
 * @summary Structural check, much cheaper than a schema parse.
 * @example
 * ```ts
 * isReportShaped(parseReport(json)); // true
 * isReportShaped({ schemaVersion: 2 }); // false
 * ```
 */
export function isReportShaped(value: unknown): value is Report {
  if (!isObj(value) || value.schemaVersion !== 2 || !isStr(value.period)) return false;
  const u = value.unit;
  if (!isObj(u) || !isStr(u.code) || !isStr(u.name) || (u.level !== "xa" && u.level !== "tinh" && u.level !== "bo")) return false;
  const ag = value.agency;
  if (ag !== undefined && !(isObj(ag) && isStr(ag.code) && isStr(ag.name))) return false;
  if (!document(value.document) || !body(value.body)) return false;
  if (!Array.isArray(value.footnotes) || !value.footnotes.every((f) => isObj(f) && isStr(f.id) && paragraphs(f.paragraphs))) return false;
  if (value.origin !== "author" && value.origin !== "generated") return false;
  if (!isObj(value.presentation) || typeof value.presentation.figuresTable !== "boolean" || !isObj(value.at)) return false;
  if (!figureSet(value)) return false;
  const c = value.comparisons;
  if (c === undefined) return true;
  if (!isObj(c)) return false;
  for (const key of ["previous", "samePeriodLastYear"] as const) {
    const x = c[key];
    if (x !== undefined && !(isObj(x) && isStr(x.period) && figureSet(x))) return false;
  }
  return true;
}
