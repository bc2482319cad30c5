/**
 * Narrower readings of shapes that raised false alarms on real sentences: the held half of
 * real-sentences-5.json, kept blind for two rounds and spent on 2026-12-01 (issue 13, brief p4).
 * Each is a small function the rule it narrows calls by a one-line hook; each reads a few dozen
 * characters around one or two figures already found, never the text again.
 */
import { sumIntervals } from "../../interval.js";
import { intervalOf, isCount, type RuleContext, written } from "../context.js";
import type { Token } from "../tokens.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** A plan or target before a figure ("kế hoạch là 600 nghìn tấn", "mục tiêu đạt …"). */
const PLAN_BEFORE = /(?:kế hoạch|mục tiêu|chỉ tiêu|dự kiến|phấn đấu)(?:[ ]+\p{Ll}+){0,2}[ ]*:?[ ]*$/iu;
/** A sentence that opens on a part of what the one before counted ("Trong đó, …", "Riêng …"). */
const PART_OPENS = /^[ ]*(?:trong đó|trong số đó|riêng|cụ thể)(?![\p{L}])/iu;

/**
 * "… xuống giống được 680 nghìn ha, vượt kế hoạch là 600 nghìn tấn. Trong đó, đã có 170 ha được
 * thu hoạch, năng suất bình quân 4,8 tấn/ha": the average's total is a plan (not what the
 * counted things gave), or it stands in the sentence before while its count opens a part of
 * that sentence's whole ("Trong đó", "Riêng"): the total is the whole's, the average the part's,
 * whose own total is not written. The reading is unsure: no finding.
 */
export function averageOfPart(ctx: RuleContext, total: NumberToken, count: NumberToken | undefined): boolean {
  const { s } = ctx;
  if (PLAN_BEFORE.test(s.slice(Math.max(0, total.from - 30), total.from))) return true;
  if (count === undefined || count.from < total.from) return false;
  const totalSentence = ctx.at(total.start).sentence;
  const countSentence = ctx.at(count.start).sentence;
  if (totalSentence === countSentence) return false;
  // The count's sentence from its start (bounded: the count is near the average).
  const back = s.slice(Math.max(total.end, count.from - 120), count.from);
  const cut = Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n"));
  return cut >= 0 && PART_OPENS.test(back.slice(cut + 1));
}

/** In a part's words: its own whole ("trong tổng số 15.081 trường", "trên tổng số 2.813"). */
const OWN_WHOLE = /(?<![\p{L}])(?:trong|trên)[ ]+(?:tổng[ ]+)?số[ ]+\d/iu;

/**
 * "cấp tiểu học có 8.167 trường … trong tổng số 15.081 trường (chiếm tỷ lệ 55,1%); cấp THCS có
 * 4.573 trường … trong tổng số 10.928 trường (chiếm tỷ lệ 41,85%)": shares of which two or more
 * name a whole of their own are each of its own whole, not parts of one hundred percent.
 */
export function sharesOfOwnWholes(parts: readonly string[]): boolean {
  let n = 0;
  for (const p of parts) if (OWN_WHOLE.test(p) && ++n >= 2) return true;
  return false;
}

/**
 * "Bộ Tài chính có … nhiều nhất là 773 thủ tục; Ủy ban Dân tộc có … ít nhất là 4 thủ tục); số
 * thủ tục hành chính thuộc thẩm quyền … của các địa phương là 1.336": a whole inside a
 * parenthesis that closes before the part's marker is a figure of that aside, not the whole of
 * what follows the parenthesis.
 */
export function wholeInClosedAside(s: string, wholeEnd: number, markerAt: number): boolean {
  let depth = 0;
  for (let i = wholeEnd; i < markerAt; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return true;
  }
  return false;
}

/**
 * "717 ha lúa (…; Cao Bằng 1,5 ha; …; Tuyên Quang: 3,8ha); 486 ha hoa màu (Hà Giang: 239 ha; …;
 * Tuyên Quang: 2 ha)": when the sentence writes a measure of the total's unit with a decimal,
 * the source measures it finer than its whole figures show, so each whole figure of that unit
 * there is rounded (±0,5 of its last digit): the parts are read with those intervals.
 */
export function roundedParts(ctx: RuleContext, i: number, parts: readonly NumberToken[]): boolean {
  const { tokens } = ctx;
  const total = tokens[i] as NumberToken;
  const unit = total.unit.split(" ")[0] ?? "";
  if (unit === "") return false;
  const sentence = ctx.sentence[i];
  let fine = false;
  for (let j = i; j >= 0 && ctx.sentence[j] === sentence && !fine; j--) fine = decimalOf(tokens[j], unit);
  for (let j = i + 1; j < tokens.length && ctx.sentence[j] === sentence && !fine; j++) fine = decimalOf(tokens[j], unit);
  if (!fine) return false;
  const sum = sumIntervals(parts.map((p) => intervalOf(p)));
  const whole = intervalOf(total);
  return sum.low <= whole.high + 1e-9 && sum.high >= whole.low - 1e-9;
}

const decimalOf = (t: Token | undefined, unit: string): boolean => isCount(t) && t.fig.decimals > 0 && (t.unit.split(" ")[0] ?? "") === unit;
