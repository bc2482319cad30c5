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
const limitations = (v: unknown) => Array.isArray(v) && v.every((l) => isObj(l) && isStr(l.text) && optStr(l.responsible));
const figureSet = (v: Obj) => isObj(v.values) && isObj(v.stated) && isObj(v.flags);

function section(s: unknown): boolean {
  if (!isObj(s) || !isStr(s.id) || !optStr(s.title) || !strings(s.paragraphs) || !Array.isArray(s.items)) return false;
  if (!s.items.every((i) => isObj(i) && isStr(i.id) && optStr(i.title) && strings(i.paragraphs))) return false;
  const a = s.assessment;
  return a === undefined || (isObj(a) && limitations(a.limitations) && strings(a.focusTasks));
}

function document(d: unknown): boolean {
  if (!isObj(d)) return false;
  if (!isStr(d.issuer) || !isStr(d.symbol) || !isStr(d.place) || !isStr(d.summary) || !optStr(d.governingBody)) return false;
  if (!(d.number === null || typeof d.number === "number") || !(d.date === null || isStr(d.date))) return false;
  if (!strings(d.recipients) || !strings(d.distribution)) return false;
  const s = d.signer;
  return (
    isObj(s) &&
    isStr(s.title) &&
    isStr(s.name) &&
    optStr(s.concurrently) &&
    Array.isArray(s.authority) &&
    s.authority.every((a) => isObj(a) && isStr(a.prefix) && isStr(a.of))
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
 * isReportShaped({ schemaVersion: 1 }); // false
 * ```
 */
export function isReportShaped(value: unknown): value is Report {
  if (!isObj(value) || value.schemaVersion !== 1 || !isStr(value.period)) return false;
  const u = value.unit;
  if (!isObj(u) || !isStr(u.code) || !isStr(u.name) || (u.level !== "xa" && u.level !== "tinh" && u.level !== "bo")) return false;
  const ag = value.agency;
  if (ag !== undefined && !(isObj(ag) && isStr(ag.code) && isStr(ag.name))) return false;
  if (!document(value.document) || !strings(value.preamble) || !strings(value.nextTasks) || !optStr(value.closing)) return false;
  if (!Array.isArray(value.sections) || !value.sections.every(section)) return false;
  const a = value.assessment;
  if (!isObj(a) || !strings(a.strengths) || !limitations(a.limitations) || !strings(a.causes) || !strings(a.solutions) || !strings(a.lessons)) {
    return false;
  }
  const r = value.recommendations;
  if (!isObj(r) || !strings(r.government) || !strings(r.ministries) || !strings(r.other)) return false;
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
