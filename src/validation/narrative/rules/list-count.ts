/**
 * A count against the list that follows it: "ban hành 04 văn bản: (1) …; (2) …; (3) …" (three
 * listed), "03 nhóm giấy tờ: căn cước, hộ chiếu, giấy khai sinh và sổ hộ khẩu" (four). The list
 * opens with a colon after the count and its noun ("04 văn bản:", "03 nhóm giấy tờ gồm:", "05
 * mô hình sau:") and runs to the end of the sentence; its items are numbered markers ("(1)",
 * "1)", "a)"), or else the pieces between ";", or else between "," with "và" before the last.
 * A list that itself holds counts of the same thing ("gồm: tỉnh A (4 mô hình), tỉnh B (2 mô hình)
 * và 10 tỉnh khác") is a breakdown, not a list of names, and is left to the breakdown rules.
 */
import { isCount, letterAt, type RuleContext, tokenAt, written } from "../context.js";
import type { Token } from "../tokens.js";

/** The count's noun phrase and the colon: "văn bản:", "nhóm giấy tờ gồm:", "mô hình như sau:". */
const HEAD = /[ ]*(?:[\p{L}\d]+,?[ ]+){0,16}?\p{L}+[ ]*(?:,[ ]*)?(?:(?:bao gồm|gồm|là|như sau|sau đây|sau|cụ thể|cụ thể như sau|gồm có)[ ]*)?:|[ ]*(?:[\p{L}\d]+,?[ ]+){0,16}?(?:bao gồm|gồm có|gồm)[ ]+(?=\p{Ll})/uy;
/** Numbered item markers: "(1)", "1)", "a)", "(a)", "1." at a line start. */
const MARKER = /(?:^|[\s;:,.])\(?(\d{1,2}|[a-zđ])\)[ ]/gu;
const REACH = 1200;

const BULLET = /^[ \t]*(?:[-+•–]|\(?(?:\d{1,2}|[a-zđ])\)|\d{1,2}\.)[ ]/u;
/** Items that say the list is not all there is ("và các xã khác", "…"). */
const OPEN_ENDED = /(?<![\p{L}])(?:khác|còn lại|v\.v|vân vân)(?![\p{L}])|…|\.\.\./u;

/**
 * The end of the list: the end of the sentence or paragraph, a ". " not inside a marker; a list
 * that starts on the next line runs over the lines that open with a bullet or a marker.
 */
function listEnd(s: string, from: number, stops: StopFinder): number {
  const limit = Math.min(s.length, from + REACH);
  if (/^[ ]*\r?\n/u.test(s.slice(from, from + 8))) {
    let at = s.indexOf("\n", from) + 1;
    let end = from;
    while (at > 0 && at < limit) {
      const next = s.indexOf("\n", at);
      const line = s.slice(at, next < 0 ? s.length : next);
      if (!BULLET.test(line)) break;
      end = next < 0 ? s.length : next;
      at = next < 0 ? -1 : next + 1;
    }
    return end;
  }
  return Math.min(stops(from), limit);
}

/** The first end of a sentence at or after a position (positions asked in ascending order). */
type StopFinder = (from: number) => number;

/**
 * A {@link StopFinder} over a text: a line break, or a "." followed by a space, a line break or
 * the end, not after a digit. Each character is looked at once however many lists are tried
 * (a count before a colon every few characters made each try scan 1.200 characters).
 */
function stopFinder(s: string): StopFinder {
  let scanned = 0;
  let stop = -1;
  return (from) => {
    if (stop >= from) return stop;
    let i = Math.max(from, scanned);
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x0a) break;
      if (c === 0x2e) {
        const n = s.charCodeAt(i + 1);
        const p = s.charCodeAt(i - 1);
        if ((Number.isNaN(n) || n === 0x20 || n === 0x0a) && !(p >= 0x30 && p <= 0x39)) break;
      }
    }
    scanned = i;
    stop = i;
    return i;
  };
}

const ALPHA = "abcdđefghiklmnopqrstuvxy";
const ordinalOf = (m: string): number => (/^\d+$/.test(m) ? Number(m) : ALPHA.indexOf(m) + 1);

const AND = /[ ]+và[ ]+/gu;
/** "… và Sản xuất, cấp, …": a "và" before a capitalised word, then a comma and a lower-case word. */
const AND_NAME = /[ ]và[ ]+\p{Lu}[^,;]*,[ ]*\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * A piece of a comma list cut at the "và" that starts a new item: in the last piece before a
 * lower-case word ("… và giấy khai sinh"); anywhere before a word that opens another item ("…
 * và Sở Khoa học …") or between two names ("VNPT và MobiFone"); never inside a name ("Sở Giáo
 * dục và Đào tạo": a lower-case word, then a capital).
 */
function splitAnd(piece: string, openers: ReadonlySet<string>, last: boolean): string[] {
  const out: string[] = [];
  let from = 0;
  AND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AND.exec(piece)) !== null) {
    const before = piece.slice(0, m.index).split(/\s+/).pop() ?? "";
    const after = piece.slice(m.index + m[0].length).split(/\s+/)[0] ?? "";
    const cut = openers.has(after) || (CAPITAL.test(after) ? CAPITAL.test(before) : last);
    if (cut) {
      out.push(piece.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  out.push(piece.slice(from));
  return out.map((x) => x.trim());
}

/** How many items a list holds, or undefined when it is not clearly a list. */
function countItems(list: string): number | undefined {
  // Numbered: the longest run 1, 2, 3… from the first marker.
  const marks: number[] = [];
  const text = ` ${list}`;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text)) !== null) marks.push(ordinalOf(m[1] ?? ""));
  if (marks.length >= 2 && marks[0] === 1) {
    // a), b), c), d), đ), e): "đ" may be skipped ("d) … e)").
    let n = 1;
    let prev = 1;
    for (const x of marks.slice(1)) {
      if (x === prev + 1 || (prev === 4 && x === 6)) {
        n++;
        prev = x;
      }
    }
    return n;
  }
  if (marks.length > 0) return undefined;
  if (OPEN_ENDED.test(list)) return undefined;
  const lines = list.split("\n").filter((l) => l.trim() !== "");
  if (lines.length >= 2 && lines.every((l) => BULLET.test(l))) return lines.length;
  const body = list.trim();
  if (body === "") return undefined;
  if (body.includes(";")) return body.split(";").filter((x) => x.trim() !== "").length;
  const pieces = body.split(/,(?!\d)/u).map((x) => x.trim());
  const openers = new Set(pieces.map((x) => x.split(/\s+/)[0] ?? ""));
  // "Cơ sở dữ liệu quốc gia về dân cư và Sản xuất, cấp, quản lý căn cước công dân": a "và" before a
  // name, with the pieces after it in lower case, may join two items of which the last holds
  // commas; such a list is read neither way.
  if (AND_NAME.test(body)) return undefined;
  const items: string[] = [];
  pieces.forEach((piece, i) => items.push(...splitAnd(piece, openers, i === pieces.length - 1)));
  if (items.length < 2 || items.some((x) => x === "" || x.split(/\s+/).length > 12)) return undefined;
  return items.length;
}

/** A count's noun right before its parenthesis: "5 tỉnh (", "3 đơn vị (". */
const NOUN_PAREN = /^[ ]*\p{Ll}+(?:[ ]+\p{Ll}+){0,2}[ ]*\($/u;

/**
 * "trong đó có 5 tỉnh (Nam Định, Đồng Nai, Hà Nam, Hưng Yên và Hải Dương)": a count whose
 * parenthesis names the counted things, each a capitalised name and nothing else.
 */
function parenthesisedLists(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  let open = s.indexOf("(");
  for (let i = 0; i < tokens.length && open >= 0; i++) {
    const t = tokens[i];
    if (!isCount(t) || t.unit === "") continue;
    if (open < t.end) open = s.indexOf("(", t.end);
    if (open < 0 || open - t.fig.end > 40) continue;
    if (t.qualifier !== undefined || !Number.isInteger(t.fig.value) || t.fig.value < 2 || t.fig.value > 30) continue;
    if (!NOUN_PAREN.test(s.slice(t.fig.end, open + 1))) continue;
    // Bounded, so that a text of unclosed parentheses stays linear.
    let close = -1;
    for (let c = open + 1; c < Math.min(s.length, open + 300); c++) {
      if (s.charCodeAt(c) === 0x29) {
        close = c;
        break;
      }
    }
    if (close < 0) continue;
    const inner = s.slice(open + 1, close);
    if (/[\d(\n:;]/u.test(inner)) continue;
    const names = inner.split(/,|[ ]+và[ ]+/u).map((x) => x.trim());
    if (names.length < 2 || names.some((x) => !CAPITAL.test(x) || x.split(/\s+/).length > 6)) continue;
    const listed = countItems(inner);
    if (listed === undefined || Math.abs(listed - t.fig.value) > Math.max(2, t.fig.value / 2)) continue;
    const params = { count: written(ctx, { start: t.start, end: open }).trim(), listed };
    const code = listed === t.fig.value ? "list_count_consistent" : "list_count_mismatch";
    ctx.out.push({ code, start: t.start, end: close + 1, params, expected: listed, actual: t.fig.value });
  }
}

/**
 * Whether HEAD may match at `from`: any match runs over [from, near) (`near` is the first ":" or
 * "gồm" after the count, where every match ends or goes on), and HEAD reads there only letters,
 * digits, spaces and commas. A "." or "(" on the way rules it out without the regex, whose lazy
 * sixteen words cost microseconds per try.
 */
function headMayReach(s: string, from: number, near: number): boolean {
  for (let i = from; i < near; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x2c || (c >= 0x30 && c <= 0x39) || (c >= 0xd800 && c <= 0xdfff) || letterAt(s, i)) continue;
    return false;
  }
  return true;
}


/** The rule. */
export function checkListCounts(ctx: RuleContext): void {
  parenthesisedLists(ctx);
  const { s, tokens } = ctx;
  // The next ":" and the next "gồm" after the current token: pointers, so the scan stays linear.
  let colon = s.indexOf(":");
  let gom = s.indexOf("gồm");
  const stops = stopFinder(s);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (colon < 0 && gom < 0) break;
    if (!isCount(t) || t.unit === "") continue;
    if (colon >= 0 && colon < t.end) colon = s.indexOf(":", t.end);
    if (gom >= 0 && gom < t.end) gom = s.indexOf("gồm", t.end);
    const near = Math.min(colon < 0 ? Infinity : colon, gom < 0 ? Infinity : gom);
    if (near - t.end > 140) continue;
    if (t.qualifier !== undefined || !Number.isInteger(t.fig.value) || t.fig.value < 2 || t.fig.value > 30) continue;
    if (!headMayReach(s, t.fig.end, near)) continue;
    HEAD.lastIndex = t.fig.end;
    const head = HEAD.exec(s);
    if (!head) continue;
    const from = t.fig.end + head[0].length;
    const end = listEnd(s, from, stops);
    // No figure of the same thing inside the list (that is a breakdown), no other count right
    // before the colon.
    let breakdown = false;
    for (let k = tokenAt(ctx, t.end); k < tokens.length; k++) {
      const c = tokens[k] as Token;
      if (c.start >= end) break;
      if (c.start < from && isCount(c)) {
        breakdown = true;
        break;
      }
      if (isCount(c) && c.unit.split(" ")[0] === t.unit.split(" ")[0]) {
        breakdown = true;
        break;
      }
    }
    if (breakdown) continue;
    // "… nêu rõ: Chủ trương … bao gồm: (1) …; (2) …": a colon before the first parenthesis opens a
    // list of its own, which the count before the first colon does not count.
    const body = s.slice(from, end);
    if (/^[^(]*:/u.test(body)) continue;
    const listed = countItems(body);
    // A slip is a miscount by one or two; "20 xã gồm: … và …" names kinds, not the twenty.
    if (listed === undefined || Math.abs(listed - t.fig.value) > Math.max(2, t.fig.value / 2)) continue;
    const params = { count: written(ctx, { start: t.start, end: t.fig.end + head[0].replace(/[ :]+$/u, "").length }), listed };
    const code = listed === t.fig.value ? "list_count_consistent" : "list_count_mismatch";
    ctx.out.push({ code, start: t.start, end, params, expected: listed, actual: t.fig.value });
  }
}
