import { formatViNumber } from "../format/number.js";
import type { Level } from "../schema/level.js";
import { periodId, REPORTING_KINDS, type Period } from "../schema/period.js";
import { QUALIFIERS, type Qualifier, type Report, type StatedValue } from "../schema/report.js";
import type { Path } from "../schema/problem.js";
import { reportFor, withFigures } from "./builders.js";
import type { Arbitrary, FastCheckLike } from "./fast-check.js";
import { figurePlan, splitTotal, type FigurePlan, type FigurePlanOptions } from "./figures-plan.js";
import { units2025 } from "./units.js";

/**
 * Generators for property tests (fast-check, passed in as `fc`): valid reports of a level,
 * figure sets that keep every relation of the catalog (parts within wholes, breakdowns adding up,
 * stated ratios inside the XBRL interval of their counts), figure sets with exactly one relation
 * broken and the issue that must follow, and Vietnamese numbers as written with their values.
 */

/**
 * Figures as the generators produce them: counts and yes/no facts, and what the author wrote
 * (the shape {@link withFigures} takes).
 *
 * @category Testing
 * @example
 * ```ts
 * const f: GeneratedFigures = { values: { "hs.da_giai_quyet": 959, "hs.dung_han": 956 }, stated: {} };
 * ```
 */
export interface GeneratedFigures {
  readonly values: Readonly<Record<string, number | boolean>>;
  readonly stated: Readonly<Record<string, StatedValue>>;
}

/**
 * Options of {@link figureSetArb}.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: FigureSetOptions = { level: "tinh", max: 10_000, omit: true };
 * ```
 */
export interface FigureSetOptions extends FigurePlanOptions {
  /** State some ratios the way the author writes them, rounded to the indicator's decimals (default true). */
  readonly stated?: boolean;
  /**
   * How many decimals a stated ratio is written with: the indicator's (`"catalog"`, default), or
   * any from 0 to 4 for each ratio (`"any"`: "100%", "99,7%", "99,69%"…, as authors choose).
   */
  readonly statedDecimals?: "catalog" | "any";
  /** Leave a random subset of figures out (default false: every element of the level has a value). */
  readonly omit?: boolean;
}

const SHARE = 1000;

function drawFigures(
  plan: FigurePlan,
  d: { roots: number[]; amounts: number[]; shares: number[]; facts: boolean[]; keep: boolean[]; state: boolean[]; decimals: number[] },
  options: FigureSetOptions,
): GeneratedFigures {
  const values: Record<string, number | boolean> = {};
  plan.order.forEach(({ el, draw }, i) => {
    if (el.id in values) return; // already filled by its breakdown's split
    switch (draw.kind) {
      case "boolean":
        values[el.id] = d.facts[i] ?? false;
        return;
      case "root":
        values[el.id] = Math.min((el.kind === "amount" ? d.amounts[i] : d.roots[i]) ?? 0, draw.max);
        return;
      case "share":
        values[el.id] = Math.floor(((values[draw.whole] as number) * (d.shares[i] ?? 0)) / SHARE);
        return;
      case "split": {
        const b = draw.breakdown;
        const weights = b.parts.map((p) => d.shares[plan.order.findIndex((o) => o.el.id === p)] ?? 1);
        splitTotal(values[b.total] as number, weights).forEach((v, k) => (values[b.parts[k]!] = v));
        return;
      }
    }
  });
  const stated: Record<string, StatedValue> = {};
  if (options.stated ?? true) {
    plan.indicators.forEach((ind, i) => {
      const n = values[ind.numerator];
      const den = values[ind.denominator];
      if (!d.state[i] || typeof n !== "number" || typeof den !== "number" || den <= 0) return;
      const decimals = options.statedDecimals === "any" ? (d.decimals[i] ?? ind.decimals) : ind.decimals;
      const p = 10 ** decimals;
      const value = Math.round(((n * ind.factor) / den) * p) / p;
      stated[ind.id] = { value, decimals, text: `${formatViNumber(value, decimals)}${ind.unit === "%" ? "%" : ""}` };
    });
  }
  if (options.omit) {
    plan.order.forEach(({ el }, i) => {
      if (!d.keep[i]) delete values[el.id];
    });
  }
  return { values, stated };
}

function drawsArb(fc: FastCheckLike, plan: FigurePlan, options: FigureSetOptions) {
  const n = plan.order.length;
  const max = options.max ?? 1_000_000;
  const fixed = <T>(arb: Arbitrary<T>, length: number) => fc.array(arb, { minLength: length, maxLength: length });
  return fc.record({
    // Counts and amounts (whole đồng, 100.000 times larger) drawn apart, so that neither is
    // clamped: fast-check's bias towards small and boundary values then applies to both.
    roots: fixed(fc.nat({ max: Math.max(max, 1) }), n),
    amounts: fixed(fc.nat({ max: Math.max(max, 1) * 100_000 }), n),
    shares: fixed(fc.nat({ max: SHARE }), n),
    facts: fixed(fc.boolean(), n),
    keep: fixed(fc.boolean(), n),
    state: fixed(fc.boolean(), plan.indicators.length),
    decimals: fixed(fc.integer({ min: 0, max: 4 }), plan.indicators.length),
  });
}

/**
 * Arbitrary figure sets that are consistent under the catalog: every element of the level gets a
 * value (or a random subset, with `omit`), each part stays within its whole (`partOf`), each
 * declared breakdown adds up exactly to its total (shares handed out by largest remainder), and
 * each stated ratio is its counts' ratio rounded to the indicator's decimals — inside the XBRL
 * interval, so validation must find no arithmetic or stated-figure issue.
 *
 * @category Testing
 * @summary Figures that keep every relation of a catalog.
 * @param fc - Your fast-check (an optional peer dependency of this entry).
 * @example
 * ```ts
 * fc.assert(fc.property(figureSetArb(fc, { level: "xa" }), (f) => {
 *   const issues = validateReport(reportFor("09487", "202605", withFigures(f)));
 *   expect(issues.filter((i) => i.rule.startsWith("arithmetic."))).toEqual([]);
 * }));
 * ```
 */
export function figureSetArb(fc: FastCheckLike, options: FigureSetOptions = {}): Arbitrary<GeneratedFigures> {
  const plan = figurePlan(options);
  return drawsArb(fc, plan, options).map((d) => drawFigures(plan, d, options));
}

/**
 * The issue an inconsistent figure set must raise: its code and the path of the figure.
 *
 * @category Testing
 * @example
 * ```ts
 * const e: ExpectedIssue = { code: "breakdown_mismatch", path: ["values", "nv.duoc_giao"] };
 * ```
 */
export interface ExpectedIssue {
  readonly code: string;
  readonly path: Path;
}

/**
 * The relations {@link inconsistentFiguresArb} knows how to break, by the issue code that follows.
 *
 * @category Testing
 * @example
 * ```ts
 * BREAKABLE_CODES.includes("breakdown_mismatch"); // true
 * ```
 */
export const BREAKABLE_CODES = [
  "part_exceeds_whole",
  "breakdown_mismatch",
  "stated_ratio_inconsistent",
  "stated_value_inconsistent",
] as const;

/**
 * One of {@link BREAKABLE_CODES}.
 *
 * @category Testing
 * @example
 * ```ts
 * const c: BreakableCode = "part_exceeds_whole";
 * ```
 */
export type BreakableCode = (typeof BREAKABLE_CODES)[number];

/**
 * Options of {@link inconsistentFiguresArb}.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: InconsistentOptions = { level: "xa", codes: ["breakdown_mismatch"] };
 * ```
 */
export interface InconsistentOptions extends FigurePlanOptions {
  /** Which relations may be broken (default: all of {@link BREAKABLE_CODES}). */
  readonly codes?: readonly BreakableCode[];
}

/**
 * A consistent figure set with one relation broken, and the issue validation must raise for it.
 *
 * @category Testing
 * @example
 * ```ts
 * const x: InconsistentFigures = { figures: { values: { "nv.duoc_giao": 16, "nv.co_thoi_han": 4, "nv.thuong_xuyen": 16 }, stated: {} },
 *   expected: { code: "breakdown_mismatch", path: ["values", "nv.duoc_giao"] } };
 * ```
 */
export interface InconsistentFigures {
  readonly figures: GeneratedFigures;
  readonly expected: ExpectedIssue;
}

type Breakage = (f: GeneratedFigures, k: number) => InconsistentFigures;

/**
 * How far a slip moves a figure: `k` (≥ 1), and at least a millionth of the figure. Validation
 * allows a relative float slack (10⁻⁹ of the value) on top of the XBRL interval, so one đồng off
 * 7,5 billion is no slip it should see; a millionth always is.
 */
const slip = (value: number, k: number) => k + Math.ceil(Math.abs(value) * 1e-6);

function breakages(plan: FigurePlan, f: GeneratedFigures, codes: readonly BreakableCode[]): Breakage[] {
  const num = (id: string) => (typeof f.values[id] === "number" ? (f.values[id] as number) : undefined);
  const out: Breakage[] = [];
  const set = (values: Record<string, number | boolean>, stated: Record<string, StatedValue> = { ...f.stated }) => ({ values, stated });
  if (codes.includes("part_exceeds_whole")) {
    for (const { part, whole } of plan.partWhole) {
      const w = num(whole);
      if (w === undefined || num(part) === undefined) continue;
      out.push((_, k) => ({
        figures: set({ ...f.values, [part]: w + slip(w, k) }),
        expected: { code: "part_exceeds_whole", path: ["values", part] },
      }));
    }
  }
  if (codes.includes("breakdown_mismatch")) {
    for (const b of plan.breakdowns) {
      if (num(b.total) === undefined || b.parts.some((p) => num(p) === undefined)) continue;
      const sum = b.parts.reduce((s, p) => s + num(p)!, 0);
      out.push((_, k) => {
        // Above the parts' sum, or (odd k, when there is room) below it, as slips go both ways.
        const by = slip(sum, k);
        const total = k % 2 === 1 && sum >= by ? sum - by : sum + by;
        return { figures: set({ ...f.values, [b.total]: total }), expected: { code: "breakdown_mismatch", path: ["values", b.total] } };
      });
    }
  }
  if (codes.includes("stated_ratio_inconsistent")) {
    for (const ind of plan.indicators) {
      const n = num(ind.numerator);
      const d = num(ind.denominator);
      if (n === undefined || d === undefined || d <= 0) continue;
      out.push((_, k) => {
        const step = 10 ** -ind.decimals;
        const rounded = Math.round(((n * ind.factor) / d) / step) * step;
        // At least one and a half steps away from the exact ratio (outside its interval), and a
        // millionth of it for huge ratios (a 250.000.000% budget rate), past the float slack.
        const steps = Math.max(k + 1, Math.ceil((Math.abs(rounded) * 1e-6) / step));
        const value = Number((rounded + steps * step).toFixed(Math.max(0, ind.decimals)));
        return {
          figures: set({ ...f.values }, { ...f.stated, [ind.id]: { value, decimals: ind.decimals } }),
          expected: { code: "stated_ratio_inconsistent", path: ["stated", ind.id] },
        };
      });
    }
  }
  if (codes.includes("stated_value_inconsistent")) {
    for (const { el } of plan.order) {
      const v = num(el.id);
      if (v === undefined) continue;
      out.push((_, k) => ({
        figures: set({ ...f.values }, { ...f.stated, [el.id]: { value: v + slip(v, k), decimals: 0 } }),
        expected: { code: "stated_value_inconsistent", path: ["stated", el.id] },
      }));
    }
  }
  return out;
}

/**
 * Arbitrary figure sets with exactly one relation broken — a part above its whole, a breakdown
 * that does not add up, a stated ratio outside its counts' interval, a stated count that differs
 * from the count — each with the issue validation must raise (it may raise others that follow
 * from the same slip, such as a rate computed from the changed count).
 *
 * @category Testing
 * @summary Figures with one slip, and the issue it must raise.
 * @param fc - Your fast-check.
 * @example
 * ```ts
 * fc.assert(fc.property(inconsistentFiguresArb(fc, { level: "xa" }), ({ figures, expected }) => {
 *   expect(validateReport(reportFor("09487", "202605", withFigures(figures)))).toHaveIssue(expected.code, { path: expected.path });
 * }));
 * ```
 */
export function inconsistentFiguresArb(fc: FastCheckLike, options: InconsistentOptions = {}): Arbitrary<InconsistentFigures> {
  const plan = figurePlan(options);
  const codes = options.codes ?? BREAKABLE_CODES;
  const base: FigureSetOptions = { ...options, omit: false };
  return fc
    .tuple(drawsArb(fc, plan, base), fc.nat(), fc.integer({ min: 1, max: 1000 }))
    .map(([d, pick, k]) => {
      const f = drawFigures(plan, d, base);
      const all = breakages(plan, f, codes);
      return all.length === 0 ? undefined : all[pick % all.length]!(f, k);
    })
    .filter((x): x is InconsistentFigures => x !== undefined);
}

/**
 * Options of {@link reportArb}.
 *
 * @category Testing
 * @example
 * ```ts
 * const o: ReportArbOptions = { level: "tinh", year: 2026, figures: { max: 5000 } };
 * ```
 */
export interface ReportArbOptions {
  /** The level of the reports (their units are drawn from the 2025 list). */
  readonly level: Level;
  /** The year of the periods (default 2026); every period kind the level reports is drawn. */
  readonly year?: number;
  /** Options of the figures (default: consistent figures of the default catalog at the level). */
  readonly figures?: Omit<FigureSetOptions, "level">;
}

function periodsOf(level: Level, year: number): string[] {
  const out: string[] = [];
  for (const kind of REPORTING_KINDS[level]) {
    const ps: Period[] =
      kind === "month"
        ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => ({ kind, year, month }))
        : kind === "quarter"
          ? ([1, 2, 3, 4] as const).map((quarter) => ({ kind, year, quarter }))
          : kind === "half"
            ? ([1, 2] as const).map((half) => ({ kind, year, half }))
            : kind === "nine" || kind === "year"
              ? [{ kind, year }]
              : [];
    out.push(...ps.map(periodId));
  }
  return out;
}

/**
 * Arbitrary valid reports of a level: a real unit of the 2025 list, a period of a kind the level
 * reports, the minimal header of {@link reportFor}, and consistent figures ({@link figureSetArb}).
 *
 * @category Testing
 * @summary Valid reports of a level, for property tests.
 * @param fc - Your fast-check.
 * @example
 * ```ts
 * fc.assert(fc.property(reportArb(fc, { level: "xa" }), (r) => {
 *   expect(validateReport(r)).toHaveNoErrors();
 * }));
 * ```
 */
export function reportArb(fc: FastCheckLike, options: ReportArbOptions): Arbitrary<Report> {
  const units = [...units2025().byCode.values()].filter((u) => u.level === options.level);
  return fc
    .tuple(
      fc.constantFrom(...units),
      fc.constantFrom(...periodsOf(options.level, options.year ?? 2026)),
      figureSetArb(fc, { ...options.figures, level: options.level }),
    )
    .map(([unit, period, figures]) => reportFor(unit, period, withFigures(figures)));
}

/**
 * A number as a Vietnamese report writes it, with what it means: the text, its value, its
 * written precision (XBRL decimals) and its approximation word.
 *
 * @category Testing
 * @example
 * ```ts
 * const n: WrittenNumber = { text: "hơn 1.200", value: 1200, decimals: 0, qualifier: "hơn", kind: "qualified" };
 * ```
 */
export interface WrittenNumber {
  readonly text: string;
  readonly value: number;
  readonly decimals: number;
  readonly qualifier?: Qualifier;
  readonly kind: WrittenNumberKind;
}

/**
 * The shapes {@link viNumberArb} writes: `1.234` (integer), `1.234,56` (decimal), `99,7%`
 * (percent), `1,5 triệu` (scaled), `hơn 1.200` (qualified).
 *
 * @category Testing
 * @example
 * ```ts
 * const kinds: WrittenNumberKind[] = ["integer", "percent"];
 * ```
 */
export type WrittenNumberKind = "integer" | "decimal" | "percent" | "scaled" | "qualified";

const SCALE_WORDS = [
  ["nghìn", 3],
  ["triệu", 6],
  ["tỷ", 9],
] as const;

/**
 * Arbitrary Vietnamese numbers as written — "." grouping thousands, "," before decimals, `%`,
 * scale words, approximation words — each with its value and precision, computed from the digits
 * (not by reading the text back), so a parser can be tested against it.
 *
 * @category Testing
 * @summary `1.234`, `99,7%`, `1,5 triệu`, `hơn 1.200`, with their values.
 * @param fc - Your fast-check.
 * @param kinds - Which shapes to write (default: all of {@link WrittenNumberKind}).
 * @example
 * ```ts
 * fc.assert(fc.property(viNumberArb(fc, ["integer", "decimal", "percent", "scaled"]), (n) => {
 *   expect(parseViNumber(n.text)).toEqual({ value: n.value, decimals: n.decimals });
 * }));
 * ```
 */
export function viNumberArb(
  fc: FastCheckLike,
  kinds: readonly WrittenNumberKind[] = ["integer", "decimal", "percent", "scaled", "qualified"],
): Arbitrary<WrittenNumber> {
  const fraction = (digits: number) => fc.integer({ min: 0, max: 10 ** digits - 1 }).map((f) => String(f).padStart(digits, "0"));
  const decimal = (maxInt: number, minDigits: number, maxDigits: number) =>
    fc
      .tuple(fc.nat({ max: maxInt }), fc.integer({ min: minDigits, max: maxDigits }))
      .chain(([int, digits]) => fraction(digits).map((frac) => ({ int, frac })));
  const written = (int: number, frac: string) => (frac === "" ? formatViNumber(int) : `${formatViNumber(int)},${frac}`);
  const exact = (int: number, frac: string) => (int * 10 ** frac.length + Number(frac || "0")) / 10 ** frac.length;
  const byKind: Record<WrittenNumberKind, Arbitrary<WrittenNumber>> = {
    integer: fc.nat({ max: 999_999_999 }).map((v) => ({ text: formatViNumber(v), value: v, decimals: 0, kind: "integer" as const })),
    decimal: decimal(9_999_999, 1, 3).map(({ int, frac }) => ({
      text: written(int, frac),
      value: exact(int, frac),
      decimals: frac.length,
      kind: "decimal" as const,
    })),
    percent: decimal(100, 0, 2).map(({ int, frac }) => ({
      text: `${written(int, frac)}%`,
      value: exact(int, frac),
      decimals: frac.length,
      kind: "percent" as const,
    })),
    scaled: fc.tuple(decimal(999, 0, 2), fc.constantFrom(...SCALE_WORDS)).map(([{ int, frac }, [word, power]]) => ({
      text: `${written(Math.max(int, 1), frac)} ${word}`,
      // Exact: the digits as an integer times a power of ten (power > digits after the comma).
      value: (Math.max(int, 1) * 10 ** frac.length + Number(frac || "0")) * 10 ** (power - frac.length),
      decimals: frac.length - power,
      kind: "scaled" as const,
    })),
    qualified: fc
      .tuple(fc.constantFrom(...QUALIFIERS), fc.nat({ max: 9_999_999 }))
      .map(([qualifier, v]) => ({ text: `${qualifier} ${formatViNumber(v)}`, value: v, decimals: 0, qualifier, kind: "qualified" as const })),
  };
  return fc.oneof(...kinds.map((k) => byKind[k]));
}
