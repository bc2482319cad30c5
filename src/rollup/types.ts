import type { RollupProblem } from "./messages.js";
import type { Report } from "../schema/report.js";

/**
 * The shapes rollup produces and the renderer and CLI consume. Kept apart from the rollup
 * code so that consumers depend on data, not on the algorithm.
 */

/**
 * One child's contribution to a rolled-up figure.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: Contribution = { unit: "09487", unitName: "Xã Đông Cứu", value: 976 };
 * ```
 */
export interface Contribution {
  readonly unit: string;
  readonly unitName: string;
  readonly value: number | boolean;
  /** Set when the child's figure was itself estimated (e.g. split through a crosswalk). */
  readonly estimated?: boolean;
  /** Set when the figure was deduced from the child's breakdown (total − the other parts). */
  readonly imputed?: boolean;
}

/**
 * Where every rolled-up figure came from: element id → contributions, one per child that gave
 * it, so a UI can drill down and the renderer can print an appendix table per child.
 *
 * @category Rollup
 * @example
 * ```ts
 * const p: Provenance = { "hs.tiep_nhan": [{ unit: "09487", unitName: "Xã Đông Cứu", value: 976 }] };
 * ```
 */
export type Provenance = Readonly<Record<string, readonly Contribution[]>>;

/**
 * Who reported and who did not, and for every figure how many children gave it.
 *
 * @category Rollup
 * @example
 * ```ts
 * coverage.reported.length + "/" + coverage.expected.length; // "2950/3321"
 * ```
 */
export interface Coverage {
  /** Codes of the children expected to report (the caller's list; else those that reported). */
  readonly expected: readonly string[];
  readonly reported: readonly string[];
  readonly missing: readonly string[];
  /** Children whose report is dated after the deadline. */
  readonly late: readonly string[];
  /** Children that sent more than one report for the period (counted once). */
  readonly duplicates: readonly string[];
  /** Per element id: how many children contributed it, out of how many reported. */
  readonly perFigure: Readonly<Record<string, { readonly contributed: number; readonly reported: number }>>;
  /** Children whose report carries no date (and no receipt date was given): lateness unknown. */
  readonly undated?: readonly string[];
  /** Children left out: wrong level or period, or not among the expected units. */
  readonly rejected?: readonly string[];
  /** The deadline lateness was judged against (ISO date). */
  readonly deadline?: string;
}

/**
 * The result of `rollup`: the parent report, coverage, provenance, and the problems met
 * (overflow, percentage-only children, duplicates…).
 *
 * @category Rollup
 * @example
 * ```ts
 * const result: RollupResult = rollup(communeReports, { unit, period: "202605" });
 * result.report.values["hs.tiep_nhan"];
 * result.issues.filter((i) => i.severity === "error");
 * ```
 */
export interface RollupResult {
  readonly report: Report;
  readonly coverage: Coverage;
  readonly provenance: Provenance;
  readonly issues: readonly RollupProblem[];
  /** Yes/no facts counted over the children, per element id ("2.950/3.321 xã"). */
  readonly countTrue?: Readonly<Record<string, CountTrue>>;
  /**
   * The children's assessments, recommendations and next tasks, with their source units. Gathered
   * on first read (then kept as a plain data property), unless `withProse` wrote it into the report.
   */
  readonly prose?: GatheredProse;
}

/**
 * A yes/no fact counted over the children ("2.950/3.321 xã đã thành lập Tổ CNSCĐ"): `count`
 * children for which it holds, out of `of` children that gave it. `complete` is false when a
 * child gave a count without the number it is out of (a hand-made report of the level below),
 * so `of` is then a lower bound.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: CountTrue = { count: 2950, of: 3321, complete: true };
 * ```
 */
export interface CountTrue {
  readonly count: number;
  readonly of: number;
  readonly complete: boolean;
}

/**
 * A unit (or agency) a piece of text or a figure came from.
 *
 * @category Rollup
 * @example
 * ```ts
 * const s: Source = { unit: "09487", unitName: "Xã Đông Cứu" };
 * ```
 */
export interface Source {
  readonly unit: string;
  readonly unitName: string;
}

/**
 * A sentence gathered from the children, with every child that wrote it (identical sentences
 * are kept once; the agency responsible for a limitation is part of its text, as the child
 * wrote it).
 *
 * @category Rollup
 * @example
 * ```ts
 * const t: SourcedText = { text: "Đường truyền chưa ổn định.", sources: [{ unit: "09487", unitName: "Xã Đông Cứu" }] };
 * ```
 */
export interface SourcedText {
  readonly text: string;
  readonly sources: readonly Source[];
}

/**
 * The children's prose, gathered by the outline tags of the parts it was written in, so that the
 * consolidating officer edits it rather than retypes it: per section (1–8) the limitations and
 * focus tasks written under it; the overall limitations; recommendations by addressee;
 * next-period tasks.
 *
 * @category Rollup
 * @example
 * ```ts
 * prose.sections["3"]?.limitations[0]?.sources.length; // how many communes wrote it
 * ```
 */
export interface GatheredProse {
  readonly sections: Readonly<
    Record<string, { readonly limitations: readonly SourcedText[]; readonly focusTasks: readonly SourcedText[] }>
  >;
  readonly limitations: readonly SourcedText[];
  readonly recommendations: {
    readonly government: readonly SourcedText[];
    readonly ministries: readonly SourcedText[];
    readonly other: readonly SourcedText[];
  };
  readonly nextTasks: readonly SourcedText[];
}
