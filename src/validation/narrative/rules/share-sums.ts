/**
 * Shares of one whole listed side by side, which cannot add up past the whole and, when the list
 * is closed, must add up to it.
 *
 * - Percentages: "độc tố chiếm 19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm 11,1%, còn 36,1%
 *   số vụ chưa xác định", "cơ cấu: nông nghiệp 40,2%; công nghiệp 35,1%; dịch vụ 24,7%". A share
 *   says so ("chiếm", "tỷ trọng", "còn lại", or a bare percentage in a list opened by "cơ cấu");
 *   a rate ("tỷ lệ … đạt 97%") or a percentage counted against a base of its own ("so với",
 *   "kế hoạch") is not one. A list is closed when it says it holds the rest ("còn lại", "còn p%",
 *   "… khác") or the whole ("cơ cấu", "gồm"): its shares must then add up to 100% by the interval
 *   rule (each share's rounding adds up); an open list is checked only when it exceeds 100%, and
 *   only when it reads as one list (a marker before it such as "trong đó", "phân theo", or parts
 *   opening with the same word). Shares that name different wholes ("chiếm 88% tổng số việc và
 *   chiếm 53% tổng số tiền"), or count different things ("… xã, chiếm …; … huyện, chiếm …"), a
 *   period between them ("năm 2024 chiếm …"), and shares nested under one of them ("trong đó")
 *   are never added together.
 * - Fractions of one whole: "3/6 vụ do vi sinh vật, 1/6 vụ do độc tố tự nhiên, còn lại 2/6 vụ",
 *   "28/63 tỉnh đạt trên 70%; 23/63 tỉnh từ 50% đến dưới 70%; 12/63 tỉnh dưới 50%": parts of one
 *   denominator and one unit, in a list that says it covers the whole ("còn lại", "khác") or
 *   splits it into bands of a rate ("trên", "từ … đến", "dưới"), must not add up past it, and
 *   add up to it when the list holds the rest. Fractions with overlapping criteria ("40/63 tỉnh
 *   đã kết nối, 35/63 tỉnh đã số hóa") are never summed.
 *
 * Driven by the percentage and fraction tokens: every test reads a few dozen characters around
 * a token, and the sentence start only once per list.
 */
import { type Interval, intervalsMeet, statedInterval, sumIntervals } from "../../interval.js";
import { formatViNumber } from "../../../format/number.js";
import { operandInterval, type RuleContext, sentenceEndWithin, written } from "../context.js";
import type { Token } from "../tokens.js";
import { sameUnit } from "./breakdowns.js";
import { agreedShares, fullBefore, overlapBesideSlip, parenShare, SHARE_LEAD, sharesOfOwnWholes, targetRates } from "./readings/shares.js";

type PercentToken = Extract<Token, { kind: "percent" }>;
type FractionToken = Extract<Token, { kind: "fraction" }>;
type NumberToken = Extract<Token, { kind: "number" }>;

/** A share word right before the percentage (its approximation word is before `from`). */
const SHARE_BEFORE = /(?:^|[^\p{L}])(?:chiếm|(?:tỷ|tỉ)[ ]+trọng)(?:[ ]+(?:(?:tỷ|tỉ)[ ]+(?:lệ|trọng)|khoảng|gần|hơn|trên|xấp xỉ|là|đạt|ước|ước đạt))*[ ]*:?[ ]*$/iu;
/**
 * The rest, opening its part right before the percentage: ", còn lại 20%", ", còn 46,1%", "và còn
 * lại chiếm 20%"; not a level reached ("giảm từ 10,85% xuống còn 1,31%").
 */
const REST_BEFORE = /(?:^|[,;:(]|[^\p{L}]và)[ ]*còn(?:[ ]+lại)?(?:[ ]+(?:là|chiếm|khoảng|có))?[ ]*:?[ ]*$/iu;
/** A bare share in a "cơ cấu" list: a label and maybe a colon or a linking word, no change word. */
const BARE_BEFORE = /(?:^|[^\p{L}])(?:tăng|giảm|đạt|bằng|so với|vượt|hơn|thấp|cao|tỷ lệ|tỉ lệ|từ|đến|lên|xuống)[ ]*(?:khoảng|gần|hơn|trên|dưới)?[ ]*$/iu;
/** After the percentage: a base of its own makes it a rate, not a share. */
const OWN_BASE = /^[ ]*(?:so[ ]+với|kế[ ]+hoạch|dự[ ]+toán|chỉ[ ]+tiêu|cùng[ ]+kỳ|mục[ ]+tiêu|\/)/iu;
/** After the percentage: the whole it names ("trong tổng mức", "tổng số việc", "dân số"). */
const NAMED_WHOLE = /^[ ]*(?:(?:trong[ ]+|của[ ]+|trên[ ]+)?(tổng[ ]+(?:số[ ]+|mức[ ]+|giá[ ]+trị[ ]+)?[\p{L}]+(?:[ ][\p{L}]+)?)|(của[ ]+[\p{L}]+(?:[ ][\p{L}]+)?))/iu;
/** Between two shares: a part nested under the first, or another period. */
const NESTED = /(?:^|[^\p{L}])(?:trong đó|trong số|riêng|bao gồm|cùng kỳ|năm trước|tháng trước|kỳ trước|quý trước|trước đây)(?![\p{L}])/iu;
/** Before the first share, in its sentence: the list is one whole's breakdown. */
const INTRO = /(?:^|[^\p{L}])(?:trong đó|trong số|phân theo|chia theo|theo (?:ngành|lĩnh vực|loại|khu vực|nhóm|nguyên nhân|độ tuổi|giới tính|đối tượng|hình thức|cơ cấu)|cơ cấu|nguyên nhân|gồm|bao gồm|cụ thể)(?![\p{L}])/iu;
/** Before the first share: the list says it is the whole. */
const WHOLE_INTRO = /(?:^|[^\p{L}])(?:cơ cấu|gồm)(?![\p{L}])/iu;
/** The rest, anywhere in a part's words. */
const REST_WORDS = /(?:^|[^\p{L}])(?:còn lại|khác)(?![\p{L}])/iu;
/** A fraction's part counted in bands of a rate ("đạt trên 70%", "từ 50% đến dưới 70%", "dưới 50%"). */
const BAND = /(?:^|[^\p{L}])(?:trên|dưới|từ|hơn|cao nhất|thấp nhất)(?![\p{L}])/iu;

/** How far back the text before a share is read for its word. */
const LOOK = 40;
/** How far back the start of the sentence of a list is looked for. */
const SENTENCE_BACK = 300;

/** A share as this rule reads it (readings/shares.ts reads one more kind, in bare parentheses). */
export interface Share {
  readonly k: number;
  readonly t: PercentToken;
  readonly rest: boolean;
  readonly whole: string;
  /** Where the share's words end (after the whole it names). */
  readonly wordsEnd: number;
  /** The unit of the count the share is of, if one is right before it in its part. */
  readonly of: string;
  /** That count, when there is one. */
  readonly count: NumberToken | undefined;
}

/** The rule. */
export function checkShareSums(ctx: RuleContext): void {
  const { tokens } = ctx;
  let group: Share[] = [];
  let fractions: number[] = [];
  // "cơ cấu" opens a list of bare shares in its sentence: the sentence it was seen in.
  let structureSentence = -1;
  let seenSentence = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const kind = t.kind;
    if (kind === "fraction") {
      if (fractions.length > 0 && ctx.sentence[fractions[0] as number] !== ctx.sentence[k]) {
        fractionList(ctx, fractions);
        fractions = [];
      }
      fractions.push(k);
      continue;
    }
    if (kind !== "percent") {
      // A period between two shares ("năm 2024", a date) ends the list; a label ("mức độ 2") does not.
      if (group.length > 0 && (kind === "date" || (kind === "number" && t.label && t.fig.value >= 1900 && t.fig.value <= 2100))) {
        shareList(ctx, group);
        group = [];
      }
      continue;
    }
    const sentence = ctx.sentence[k] ?? 0;
    if (group.length > 0 && ctx.sentence[(group[0] as Share).k] !== sentence) {
      shareList(ctx, group);
      group = [];
    }
    if (seenSentence !== sentence) {
      seenSentence = sentence;
      structureSentence = -1;
    }
    const share = shareAt(ctx, k, t, structureSentence === sentence) ?? parenShare(ctx, k, t, group);
    if (share === undefined) {
      // The first percentage of a sentence that opened with "cơ cấu" is read as a share only when
      // the structure word is near it.
      if (structureSentence !== sentence && group.length === 0 && mayOpenStructure(ctx.s, t.from) && WHOLE_INTRO.test(ctx.s.slice(Math.max(0, t.from - 80), t.from))) {
        structureSentence = sentence;
        const again = shareAt(ctx, k, t, true);
        if (again !== undefined) group.push(again);
      }
      continue;
    }
    const prev = group[group.length - 1];
    if (prev !== undefined && NESTED.test(ctx.s.slice(prev.t.end, t.from))) {
      shareList(ctx, group);
      group = [];
    }
    group.push(share);
  }
  if (group.length > 0) shareList(ctx, group);
  if (fractions.length > 0) fractionList(ctx, fractions);
}

/** Whether "cơ cấu" or "gồm" may be in the 80 characters before `pos` (a bounded slice, no regex). */
function mayOpenStructure(s: string, pos: number): boolean {
  const w = s.slice(Math.max(0, pos - 80), pos);
  return w.includes("cấu") || w.includes("gồm");
}

/** The share a percentage states, if it states one. */
function shareAt(ctx: RuleContext, k: number, t: PercentToken, bare: boolean): Share | undefined {
  const { s } = ctx;
  const before = s.slice(Math.max(0, t.from - LOOK), t.from);
  // Most percentages have none of the share words near: `includes` rules them out before a regex.
  const rest = before.includes("còn") && REST_BEFORE.test(before);
  if (!rest && !bare && !before.includes("chiếm") && !before.includes("trọng")) return undefined;
  if (!rest && !SHARE_BEFORE.test(before) && !(bare && !BARE_BEFORE.test(before))) return undefined;
  // A bare percentage in parentheses right after an item of a "gồm" list is that item's own rate
  // ("gồm xã A (94,2%) và xã B (94,9%)"), not its share of one whole; in a "cơ cấu" list it is one.
  if (!rest && bare && /\([ ]*$/.test(before) && !s.slice(Math.max(0, t.from - SENTENCE_BACK), t.from).includes("cấu")) return undefined;
  const after = s.slice(t.end, t.end + 40);
  if (OWN_BASE.test(after)) return undefined;
  const named = NAMED_WHOLE.exec(after);
  const whole = named === null ? "" : (named[1] ?? named[2] ?? "").toLowerCase().replace(/[ ]+/g, " ");
  const wordsEnd = named === null ? t.end : t.end + named[0].length;
  // The count right before, in the share's clause: what the share counts.
  const prev = ctx.tokens[k - 1];
  const count = prev !== undefined && prev.kind === "number" && !prev.label && ctx.clause[k - 1] === ctx.clause[k] && t.from - prev.end < 40 ? prev : undefined;
  return { k, t, rest, whole, wordsEnd, of: count?.unit ?? "", count };
}

/** Where the sentence holding `pos` starts (bounded). */
function sentenceStart(s: string, pos: number): number {
  const floor = Math.max(0, pos - SENTENCE_BACK);
  for (let i = pos - 1; i >= floor; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f || (c === 0x2e && s.charCodeAt(i + 1) === 0x20)) return i + 1;
  }
  return floor;
}

/** The first word of a part: "nhóm" of "; nhóm dịch vụ …", after joining words. */
function headWord(text: string): string {
  const m = /^[\s,;:.–-]*(?:(?:và|còn|với|trong đó|riêng)[ ]+)?([\p{L}]+)/iu.exec(text);
  return (m?.[1] ?? "").toLowerCase();
}

function shareList(ctx: RuleContext, group: readonly Share[]): void {
  if (group.length < 2) return;
  const { s } = ctx;
  // Shares of different wholes, or of counts of different things, are not parts of one whole.
  const named = group.map((g) => g.whole.replace(/^trong /, ""));
  const wholes = new Set(named.filter((w) => w !== ""));
  if (wholes.size > 1 || (group.length === 2 && named[0] !== named[1])) return;
  const units = group.map((g) => g.of).filter((u) => u !== "");
  if (units.some((u) => !sameUnit(u, units[0] as string))) return;
  impliedWholes(ctx, group);
  // The sum: most lists add up, and then nothing more is read.
  const sum = sumIntervals(group.map((g): Interval => statedInterval({ value: g.t.fig.value, decimals: g.t.fig.decimals, ...(g.t.qualifier ? { qualifier: g.t.qualifier } : {}) })));
  const exceeds = sum.low > 100 + 1e-9;
  if (!exceeds && intervalsMeet({ low: 100, high: 100 }, sum)) return;
  const total = group.reduce((a, g) => a + g.t.fig.value, 0);
  const first = group[0] as Share;
  const start = sentenceStart(s, first.t.from);
  const lead = s.slice(start, first.t.from);
  // The parts' words: from the end of the previous share (the sentence start for the first).
  const parts = group.map((g, i) => s.slice(i === 0 ? start : (group[i - 1] as Share).wordsEnd, g.t.from));
  // Each later share names its own part ("… vi sinh vật chiếm 33,3%"), or is the rest: one part's
  // two shares ("chiếm 76,2% của khu vực và chiếm 32,27% của cả nước") are of two wholes.
  if (group.some((g, i) => i > 0 && !g.rest && !hasSubject(parts[i] as string))) return;
  const closed = group.some((g) => g.rest) || parts.slice(1).some((p) => REST_WORDS.test(p)) || WHOLE_INTRO.test(lead);
  const heads = parts.slice(1).map(headWord);
  const oneList = closed || INTRO.test(lead) || (heads.length > 0 && heads.every((h) => h !== "" && h === heads[0]) && headWord(lastClause(parts[0] as string).replace(SHARE_LEAD, "")) === heads[0]);
  if (!oneList || sharesOfOwnWholes(parts)) return;
  if ((!exceeds && !closed) || (exceeds && (agreedShares(ctx, group) || fullBefore(ctx, group) || overlapBesideSlip(ctx, group)))) return;
  if (targetRates(s, group)) return;
  const last = group[group.length - 1] as Share;
  const decimals = Math.max(...group.map((g) => Math.max(0, g.t.fig.decimals)));
  ctx.out.push({
    code: exceeds ? "parts_exceed_total" : "parts_total_mismatch",
    start: first.t.from,
    end: last.t.end,
    params: { parts: group.map((g) => s.slice(g.t.from, g.t.end).replace(/\s+/g, " ")), sum: `${formatViNumber(Number(total.toFixed(decimals)), decimals)}%`, total: "100%" },
    expected: 100,
    actual: Number(total.toFixed(6)),
  });
}

/**
 * "nông nghiệp: 23.220 người chiếm 77,30%; công nghiệp: 1.910 người, chiếm 6,35%; dịch vụ: 3.785
 * người, chiếm 16,20%; …": each count and its share imply the whole (23.220 ÷ 77,30% ≈ 30.039);
 * when every share but one implies the same whole and that one does not, its share is wrong
 * (3.785 ÷ 30.039 = 12,6%). Three shares at least, each with a count of one thing, none
 * approximate; a share may be cut rather than rounded at its last decimal.
 */
function impliedWholes(ctx: RuleContext, group: readonly Share[]): void {
  if (group.length < 3) return;
  const ws: Interval[] = [];
  for (const g of group) {
    const c = g.count;
    if (c === undefined || c.qualifier !== undefined || g.t.qualifier !== undefined || c.fig.value <= 0 || g.t.fig.value <= 0) return;
    if (!sameUnit(c.unit, (group[0] as Share).of)) return;
    // Rounded or cut at its last decimal ("6,35" for 6,358).
    const r = statedInterval({ value: g.t.fig.value, decimals: g.t.fig.decimals });
    const p = g.t.fig.decimals >= 1 ? { low: r.low, high: g.t.fig.value + 10 ** -g.t.fig.decimals } : r;
    const n = operandInterval(c);
    ws.push({ low: (n.low * 100) / p.high, high: (n.high * 100) / Math.max(p.low, 1e-9) });
  }
  let odd = -1;
  let agreed: Interval | undefined;
  for (let i = 0; i < ws.length; i++) {
    let low = 0;
    let high = Number.POSITIVE_INFINITY;
    for (let j = 0; j < ws.length; j++) {
      if (j === i) continue;
      low = Math.max(low, (ws[j] as Interval).low);
      high = Math.min(high, (ws[j] as Interval).high);
    }
    if (low > high + 1e-9 || intervalsMeet({ low, high }, ws[i] as Interval)) continue;
    // Two shares out of line: which one is wrong is not known.
    if (odd >= 0) return;
    odd = i;
    agreed = { low, high };
  }
  if (odd < 0 || agreed === undefined) return;
  const g = group[odd] as Share;
  // "Trong số 880 đảng viên mới …: … 437 đồng chí, chiếm 48,57%": a share judged wrong against its
  // stated whole already (breakdowns, part-whole) is not reported twice.
  if (ctx.out.some((f) => f.code === "percent_mismatch" && f.end === g.t.end)) return;
  const whole = Math.round((agreed.low + agreed.high) / 2);
  const c = g.count as NumberToken;
  const computed = (c.fig.value / whole) * 100;
  ctx.out.push({
    code: "percent_mismatch",
    start: c.from,
    end: g.t.end,
    params: { fraction: `${written(ctx, c.fig)}/${formatViNumber(whole)}`, stated: written(ctx, { start: g.t.from, end: g.t.end }), computed },
    expected: computed,
    actual: g.t.fig.value,
  });
}

const LINK_WORDS = new Set(["và", "chiếm", "tỷ", "tỉ", "trọng", "lệ", "khoảng", "gần", "hơn", "trên", "là", "đạt", "ước", "bằng", "tương", "ứng", "đương", "với", "có", "thì", "còn", "lại"]);

/** Whether a part's words name a subject: a word that is not a linking word. */
function hasSubject(text: string): boolean {
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) if (w !== "" && !LINK_WORDS.has(w)) return true;
  return false;
}

/** The last clause of a text (after its last ";" or ","). */
function lastClause(text: string): string {
  const i = Math.max(text.lastIndexOf(";"), text.lastIndexOf(","), text.lastIndexOf(":"));
  return i < 0 ? text : text.slice(i + 1);
}

function fractionList(ctx: RuleContext, ks: readonly number[]): void {
  if (ks.length < 2) return;
  const { s, tokens } = ctx;
  // Runs of one denominator and one unit, in text order.
  let run: FractionToken[] = [];
  const flush = () => {
    if (run.length >= 2) fractionRun(ctx, run);
    run = [];
  };
  for (const k of ks) {
    const f = tokens[k] as FractionToken;
    const head = run[0];
    if (head !== undefined && (head.whole.value !== f.whole.value || !(f.unit === "" || head.unit === "" || sameUnit(head.unit, f.unit) || head.unit.split(" ")[0] === f.unit.split(" ")[0]))) flush();
    run.push(f);
  }
  flush();
  void s;
}

function fractionRun(ctx: RuleContext, run: readonly FractionToken[]): void {
  const { s } = ctx;
  const first = run[0] as FractionToken;
  const last = run[run.length - 1] as FractionToken;
  const whole = first.whole.value;
  if (whole <= 0 || run.some((f) => f.part.value > whole || f.part.decimals > 0 || f.whole.decimals > 0)) return;
  const sum = run.reduce((a, f) => a + f.part.value, 0);
  // Parts that add up to the whole are right whatever the list says; parts short of it matter only
  // when the list holds the rest.
  if (sum === whole) return;
  const exceeds = sum > whole;
  // Each later part's words: from the previous fraction to it; and what follows each.
  const words = run.slice(1).map((f, i) => s.slice((run[i] as FractionToken).end, f.start));
  // The last one's words end with its sentence: the next sentence, or the next paragraph, says
  // nothing of the bands (and a text checked in pieces must read the same).
  const tails = run.map((f, i) => s.slice(f.end, i + 1 < run.length ? (run[i + 1] as FractionToken).start : sentenceEndWithin(s, f.end, 80)));
  // The rest listed: "còn lại 2/6 vụ", or "2/6 vụ còn lại" right after the last fraction (not "các
  // xã còn lại chưa …" further on, which leaves the rest unlisted). `includes` first: the
  // regexes run only on lists that may hold a rest.
  const lastTail = (tails[tails.length - 1] ?? "").slice(0, 20).split(/[;.,]/u)[0] ?? "";
  const mayRest = (t: string): boolean => (t.includes("còn lại") || t.includes("khác")) && REST_WORDS.test(t);
  const rest = words.some(mayRest) || mayRest(lastTail);
  if (!exceeds && !rest) return;
  if (!rest) {
    // Bands split the whole only when they do not nest: one "above" band and one "below" band
    // at most ("5/9 huyện dưới 3% và cả 9/9 huyện dưới 10%" nest).
    const bands = tails.map((t) => t.split(/[;]/u)[0] ?? "");
    if (!bands.every((b) => BAND.test(b))) return;
    const below = bands.filter((b) => /(?:^|[^\p{L}])dưới(?![\p{L}])/iu.test(b) && !/(?:^|[^\p{L}])từ(?![\p{L}])/iu.test(b)).length;
    const above = bands.filter((b) => /(?:^|[^\p{L}])(?:trên|hơn)(?![\p{L}])/iu.test(b) && !/(?:^|[^\p{L}])từ(?![\p{L}])/iu.test(b)).length;
    if (below > 1 || above > 1) return;
  }
  // Nested parts ("trong đó") are not siblings.
  if (words.some((w) => NESTED.test(w))) return;
  ctx.out.push({
    code: exceeds ? "parts_exceed_total" : "parts_total_mismatch",
    start: first.start,
    end: last.end,
    params: { parts: run.map((f) => f.part.raw), sum, total: first.whole.raw },
    expected: whole,
    actual: sum,
  });
}
