import { OUTLINE, type OutlineSection } from "./outline.js";

/**
 * Where a part of the author's document sits in the outline, read from its effective outline tags
 * (its own and its ancestors', see `effectiveOutline`): the section (1–8) and item it answers, and
 * which of the outline's other parts it is (an assessment's limitations, recommendations to whom,
 * next tasks…). Rollup gathers prose by it; validation groups findings by it.
 */

/**
 * The other parts of the outline a body node may belong to, beyond sections and items.
 *
 * @category Schema
 * @example
 * ```ts
 * const p: OutlinePart = "recommendations.government";
 * ```
 */
export type OutlinePart =
  | "preamble"
  | "assessment"
  | "assessment.strengths"
  | "assessment.limitations"
  | "assessment.causes"
  | "assessment.solutions"
  | "assessment.lessons"
  | "recommendations"
  | "recommendations.government"
  | "recommendations.ministries"
  | "recommendations.other"
  | "nextTasks"
  | "closing";

/**
 * The place of a node in the outline (see {@link outlinePlace}).
 *
 * @category Schema
 * @example
 * ```ts
 * const place: OutlinePlace = { section: "3", item: "3.1" };
 * ```
 */
export interface OutlinePlace {
  /** Section 1–8, from a section tag or an item tag ("3.1" → "3"). */
  readonly section?: string;
  /** The most specific item tag ("3.1"). */
  readonly item?: string;
  /** The most specific other part ("assessment.limitations" over "assessment"). */
  readonly part?: OutlinePart;
}

const SECTIONS = new Set<string>((OUTLINE as readonly OutlineSection[]).map((s) => s.id));
const ITEMS = new Map<string, string>();
for (const s of OUTLINE as readonly OutlineSection[]) for (const i of s.items) ITEMS.set(i.id, s.id);

/**
 * The section, item and part a node answers, from its effective outline tags (outermost first):
 * the last tag of each kind wins, so a node "a) Tồn tại, hạn chế" tagged
 * `assessment.limitations` under section "3" is the limitations of section 3.
 *
 * @category Schema
 * @example
 * ```ts
 * outlinePlace(["3", "assessment", "assessment.limitations"]); // { section: "3", part: "assessment.limitations" }
 * outlinePlace(["6.3"]); // { section: "6", item: "6.3" }
 * ```
 */
export function outlinePlace(tags: readonly string[]): OutlinePlace {
  let section: string | undefined;
  let item: string | undefined;
  let part: OutlinePart | undefined;
  for (const t of tags) {
    if (SECTIONS.has(t)) section = t;
    else if (ITEMS.has(t)) {
      item = t;
      section = ITEMS.get(t);
    } else part = t as OutlinePart;
  }
  return { ...(section !== undefined ? { section } : {}), ...(item !== undefined ? { item } : {}), ...(part !== undefined ? { part } : {}) };
}
