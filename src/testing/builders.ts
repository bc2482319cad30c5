import type { DefaultCatalog } from "../indicators/catalog.js";
import type { FigureValues } from "../indicators/evaluate.js";
import type { Catalog, ElementIdOf, FigureIdOf } from "../indicators/types.js";
import { outlineItem, outlineSection } from "../schema/outline.js";
import type { BodyNode, Paragraph } from "../schema/body.js";
import { parseReport } from "../schema/parse.js";
import { cutoffRange, parsePeriod, periodId, periodLabel, type Period } from "../schema/period.js";
import type { FigureSet, Report, ReportInput } from "../schema/report.js";
import { placeName, type Unit } from "../schema/unit.js";
import { deepMerge, type DeepPartial } from "./merge.js";
import { parseStated } from "./stated.js";
import { childUnits, unitOf } from "./units.js";

/**
 * Builders: the smallest report that passes the schema and the document rules, for a real unit
 * of the 2025 list, and small edits on top of it. Everything returns a new report (parsed by
 * `parseReport`, so defaults are filled and text is NFC); nothing is changed in place.
 */

/**
 * A unit given by its code in the 2025 list (`"40"`, `"09487"`, `"VN"`) or as an object (a unit
 * of your own list, or a test unit that does not exist).
 *
 * @category Testing
 * @example
 * ```ts
 * const a: UnitRef = "40";
 * const b: UnitRef = { code: "99001", name: "Xã Thử Nghiệm", level: "xa", parent: "99" };
 * ```
 */
export type UnitRef = string | Pick<Unit, "code" | "name" | "level" | "parent">;

/**
 * Fields to merge into a report (deep: objects merge, arrays are replaced, `undefined` removes
 * an optional field), as accepted by {@link reportFor} and {@link editReport}.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: ReportOverrides = { document: { date: "2026-03-20" }, values: { "hs.tiep_nhan": 976 } };
 * ```
 */
export type ReportOverrides = DeepPartial<ReportInput>;

/**
 * An edit of a report: a function from report to report, as returned by {@link withValues},
 * {@link withStated} and {@link withParagraph}.
 *
 * @category Testing
 * @example
 * ```ts
 * const undated: ReportEdit = (r) => ({ ...r, document: { ...r.document, date: null } });
 * ```
 */
export type ReportEdit = (report: Report) => Report;

/**
 * One change given to {@link reportFor} or {@link editReport}: fields to merge or an edit.
 *
 * @category Testing
 * @example
 * ```ts
 * const changes: ReportChange[] = [{ document: { number: 12 } }, withValues({ "hs.tiep_nhan": 976 })];
 * ```
 */
export type ReportChange = ReportOverrides | ReportEdit;

const resolve = (unit: UnitRef): Pick<Unit, "code" | "name" | "level" | "parent"> =>
  typeof unit === "string" ? unitOf(unit) : unit;

function period(id: string): Period {
  const p = parsePeriod(id);
  if (!p) throw new RangeError(`Mã kỳ báo cáo không hợp lệ “${id}” / invalid period id "${id}"`);
  return p;
}

/** The day after the cut-off: the first day a report of the period may be dated, never late. */
function firstDay(p: Period): string {
  const to = new Date(`${cutoffRange(p).to}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return to.toISOString().slice(0, 10);
}

/** "Tỉnh Nghệ An" → "tỉnh Nghệ An", as a name reads inside a sentence. */
const inSentence = (name: string) => name.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\b/u, (w) => w.toLowerCase());

function parentName(u: Pick<Unit, "parent">): string | undefined {
  if (u.parent === undefined) return undefined;
  try {
    return unitOf(u.parent).name;
  } catch {
    return undefined;
  }
}

function baseReport(u: Pick<Unit, "code" | "name" | "level" | "parent">, periodIdText: string): ReportInput {
  const p = period(periodIdText);
  const label = periodLabel(p);
  const national = u.level === "bo";
  const parent = parentName(u);
  return {
    schemaVersion: 2,
    unit: { code: u.code, name: u.name, level: u.level },
    period: periodIdText,
    document: {
      kind: "bao_cao",
      issuer: national ? "BỘ CÔNG AN" : `ỦY BAN NHÂN DÂN ${u.name.normalize("NFC").toUpperCase()}`,
      number: null,
      symbol: national ? "BC-BCA" : "BC-UBND",
      place: national ? "Hà Nội" : placeName(u.name),
      date: firstDay(p),
      title: `Kết quả triển khai Đề án 06 ${label}`,
      recipients: national
        ? ["Thủ tướng Chính phủ"]
        : u.level === "tinh"
          ? ["Tổ công tác triển khai Đề án 06 của Chính phủ"]
          : parent
            ? [`Ủy ban nhân dân ${inSentence(parent)}`]
            : [],
      distribution: ["Như trên;", "Lưu: VT."],
      signer: national
        ? { authority: [], title: "BỘ TRƯỞNG", name: "Nguyễn Văn An" }
        : { authority: [{ prefix: "TM.", of: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", name: "Nguyễn Văn An" },
    },
  };
}

const apply = (report: Report, change: ReportChange): Report =>
  typeof change === "function" ? change(report) : parseReport(deepMerge(report, change));

/**
 * A minimal valid report of a unit for a period: the unit's real name from the 2025 list, a
 * header per Nghị định 30/2020 (the People's Committee issues it, "TM." signs it, dated the
 * day after the cut-off so it is on time, "Kính gửi" the parent unit), an empty body and no
 * figures — then your changes, in order.
 *
 * @category Testing
 * @summary The smallest valid report of a unit, with overrides.
 * @param unit - A code of the 2025 list (`"40"`, `"09487"`, `"VN"`) or a unit object.
 * @param periodId - A period id: `202602`, `2026Q1`, `2026S1`, `2026N9`, `2026`.
 * @param changes - Fields to merge (deep) and edits ({@link withValues}, {@link withStated}…).
 * @returns A parsed report; throws the schema's error when a change makes it invalid.
 * @example
 * ```ts
 * const r = reportFor("40", "202602", { document: { number: 12 } }, withValues({ "hs.tiep_nhan": 976 }));
 * r.unit.name;       // "Tỉnh Nghệ An"
 * r.document.date;   // "2026-02-15"
 * ```
 */
export function reportFor(unit: UnitRef, periodId: string, ...changes: readonly ReportChange[]): Report {
  const start = parseReport(baseReport(resolve(unit), periodId));
  return editReport(start, ...changes);
}

/**
 * Applies changes to a report, in order, and returns the new report (the given one is not
 * changed).
 *
 * @category Testing
 * @example
 * ```ts
 * const late = editReport(report, { document: { date: "2026-03-30" } });
 * ```
 */
export function editReport(report: Report, ...changes: readonly ReportChange[]): Report {
  let out = report;
  for (const change of changes) out = apply(out, change);
  return out;
}

/**
 * An edit that sets counts and amounts (merged into `values`; `undefined` removes one). The keys
 * must be element ids of the default catalog (a misspelt one does not compile); name your own
 * catalog's type to use its elements (`withValues<typeof mine>(…)`), or `Catalog` for ids read
 * at run time.
 *
 * @category Testing
 * @example
 * ```ts
 * reportFor("09487", "202605", withValues({ "nv.duoc_giao": 16, "nv.co_thoi_han": 4, "nv.thuong_xuyen": 16 }));
 * const mine = extendCatalog({ elements: [diemWifi] });
 * reportFor("24", "202605", withValues<typeof mine>({ "na.diem_wifi": 12 }));
 * ```
 */
export function withValues<C extends Catalog = DefaultCatalog>(values: FigureValues<NoInfer<ElementIdOf<C>>>): ReportEdit {
  return (r) => parseReport(deepMerge(r, { values }));
}

/**
 * An edit that sets what the author wrote for a figure, from the text as written: the number
 * is read with the SDK's Vietnamese reader ({@link parseStated}), keeping its precision and its
 * approximation word. The id is a figure id (element, indicator or score) of the default
 * catalog, or of the catalog type given (`withStated<typeof mine>(…)`).
 *
 * @category Testing
 * @example
 * ```ts
 * const r = reportFor("40", "202602", withStated("tl.ho_so_dung_han", "99,7%"));
 * r.stated["tl.ho_so_dung_han"]; // { value: 99.7, decimals: 1, text: "99,7%" }
 * ```
 */
export function withStated<C extends Catalog = DefaultCatalog>(id: NoInfer<FigureIdOf<C>>, written: string): ReportEdit {
  const value = parseStated(written);
  return (r) => parseReport({ ...r, stated: { ...r.stated, [id]: value } });
}

/**
 * An edit that sets a whole figure set at once: `values`, `stated` and `flags` merged in (the
 * shape the generators produce).
 *
 * @category Testing
 * @example
 * ```ts
 * reportFor("40", "202602", withFigures({ values: { "hs.da_giai_quyet": 959, "hs.dung_han": 956 } }));
 * ```
 */
export function withFigures(figures: Partial<FigureSet>): ReportEdit {
  return (r) =>
    parseReport({
      ...r,
      values: { ...r.values, ...figures.values },
      stated: { ...r.stated, ...figures.stated },
      flags: { ...r.flags, ...figures.flags },
    });
}

/**
 * Where {@link withParagraph} puts its paragraph: a node id (the node is created at the end of
 * the body when there is none), or an outline tag (the first node tagged with it, else a new
 * node titled after the outline item and tagged with it).
 *
 * @category Testing
 * @example
 * ```ts
 * const a: ParagraphPlace = "ii-1";
 * const b: ParagraphPlace = { outline: "3.1" };
 * const c: ParagraphPlace = { outline: "3.1", numbering: "2.", title: "Cải cách thủ tục hành chính" };
 * ```
 */
export type ParagraphPlace =
  | string
  | { readonly outline: string; readonly numbering?: string; readonly title?: string; readonly id?: string };

/** A copy of `body` with `edit` applied to the node at `indices`. */
function updateAt(body: readonly BodyNode[], indices: readonly number[], edit: (n: BodyNode) => BodyNode): BodyNode[] {
  const [head, ...rest] = indices;
  return body.map((n, i) => (i !== head ? n : rest.length === 0 ? edit(n) : { ...n, children: updateAt(n.children, rest, edit) }));
}

function findNode(body: readonly BodyNode[], match: (n: BodyNode) => boolean, path: number[] = []): number[] | undefined {
  for (let i = 0; i < body.length; i++) {
    const n = body[i]!;
    if (match(n)) return [...path, i];
    const inner = findNode(n.children, match, [...path, i]);
    if (inner) return inner;
  }
  return undefined;
}

function newNode(place: ParagraphPlace | undefined): BodyNode {
  if (place === undefined) return { paragraphs: [], children: [], outline: [] };
  if (typeof place === "string") return { id: place, paragraphs: [], children: [], outline: [] };
  const title = place.title ?? outlineItem(place.outline)?.title ?? outlineSection(place.outline)?.title;
  return {
    ...(place.id === undefined ? {} : { id: place.id }),
    ...(place.numbering === undefined ? {} : { numbering: place.numbering }),
    ...(title === undefined ? {} : { title }),
    paragraphs: [],
    children: [],
    outline: [place.outline],
  };
}

/**
 * An edit that adds a paragraph to the body: at a node given by id or by outline tag, creating
 * the node when the body has none (see {@link ParagraphPlace}); without a place, to the last
 * top-level node (or a new untitled one).
 *
 * @category Testing
 * @example
 * ```ts
 * const r = reportFor("09487", "202605", withParagraph("Tiếp nhận 976 hồ sơ, đúng hạn 99,7%.", { outline: "3.1" }));
 * r.body[0]?.outline; // ["3.1"]
 * r.body[0]?.title;   // the outline item's title
 * ```
 */
export function withParagraph(text: Paragraph, place?: ParagraphPlace): ReportEdit {
  return (r) => {
    const add = (n: BodyNode): BodyNode => ({ ...n, paragraphs: [...n.paragraphs, text] });
    let where: number[] | undefined;
    if (place === undefined) where = r.body.length > 0 ? [r.body.length - 1] : undefined;
    else if (typeof place === "string") where = findNode(r.body, (n) => n.id === place);
    else where = findNode(r.body, (n) => n.outline.includes(place.outline) && (place.id === undefined || n.id === place.id));
    const body = where ? updateAt(r.body, where, add) : [...r.body, add(newNode(place))];
    return parseReport({ ...r, body });
  };
}

/**
 * Options of {@link childrenOf}.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: FamilyOptions = { count: 3, each: (unit, i) => withValues({ "hs.tiep_nhan": 100 * (i + 1) }) };
 * ```
 */
export interface FamilyOptions {
  /** How many children, first ones in list order (default: all of them). */
  readonly count?: number;
  /** Changes for each child's report, from the unit and its index. */
  readonly each?: (unit: Unit, index: number) => ReportChange | readonly ReportChange[];
}

const asList = (c: ReportChange | readonly ReportChange[]): readonly ReportChange[] =>
  Array.isArray(c) ? (c as readonly ReportChange[]) : [c as ReportChange];

/**
 * A family: one minimal report per child unit (real units of the 2025 list, in list order) for a
 * period, with per-child changes — the input of a rollup test. The children of a province are its
 * communes; the children of `"VN"` are the 34 provinces.
 *
 * @category Testing
 * @summary Commune reports of one province (or province reports of the country).
 * @example
 * ```ts
 * const communes = childrenOf("24", "202605", { count: 3, each: (_, i) => withValues({ "hs.tiep_nhan": 10 * (i + 1) }) });
 * communes.map((r) => r.values["hs.tiep_nhan"]); // [10, 20, 30]
 * ```
 */
export function childrenOf(parent: string, periodId: string, options: FamilyOptions = {}): Report[] {
  const all = childUnits(parent);
  if (all.length === 0) throw new RangeError(`Đơn vị mã “${parent}” không có đơn vị cấp dưới trong danh mục 2025 / no units under "${parent}"`);
  const chosen = options.count === undefined ? all : all.slice(0, options.count);
  return chosen.map((u, i) => reportFor(u, periodId, ...(options.each ? asList(options.each(u, i)) : [])));
}

/**
 * The monthly reports of a longer period (a quarter, a half, nine months or a year) for one
 * unit, in order, with per-month changes — the input of a test over time.
 *
 * @category Testing
 * @summary Monthly reports of a quarter (or half, nine months, year).
 * @example
 * ```ts
 * monthSeries("40", "2026Q1").map((r) => r.period); // ["202601", "202602", "202603"]
 * ```
 */
export function monthSeries(
  unit: UnitRef,
  periodId: string,
  each?: (month: string, index: number) => ReportChange | readonly ReportChange[],
): Report[] {
  const p = period(periodId);
  const months =
    p.kind === "quarter"
      ? [1, 2, 3].map((m) => (p.quarter - 1) * 3 + m)
      : p.kind === "half"
        ? [1, 2, 3, 4, 5, 6].map((m) => (p.half - 1) * 6 + m)
        : p.kind === "nine"
          ? [1, 2, 3, 4, 5, 6, 7, 8, 9]
          : p.kind === "year"
            ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
            : p.kind === "month"
              ? [p.month]
              : [];
  if (months.length === 0) throw new RangeError(`Kỳ “${periodId}” không chia thành tháng / "${periodId}" has no months`);
  const year = "year" in p ? p.year : 0;
  return months.map((m, i) => {
    const id = periodId2(year, m);
    return reportFor(unit, id, ...(each ? asList(each(id, i)) : []));
  });
}

const periodId2 = (year: number, month: number) => periodId({ kind: "month", year, month });
