/**
 * Narrower readings of lists and the counts that announce them (issue 13, precision on real
 * sentences): how many items a list names (names before its colon, two kinds paired in one item,
 * two names joined by "và", a list that runs into the next counted list or gives examples only),
 * whether a count counts anything a list could name, where a list of places goes on past a ";",
 * and whether a list says it goes on ("…"). Called by one-line hooks from list-count.ts,
 * breakdowns.ts (placeItem, andLabels) and splits.ts (goesOn); each reads only the list's own text.
 *
 * Where each shape was found: noNoun, listedItems (names before the colon, paired kinds),
 * placeItem and goesOn on real-sentences-5.json's tune half (brief g5); runsIntoList on
 * real-documents-3.json's tune half (brief p2); listReadOtherwise on real-sentences-5.json's held
 * half (brief p4); semicolonAnd on real-sentences-7.json's tune half (brief p7); andLabels on
 * real-sentences-8.json's tune half (brief p9: a mutation main caught only through a false alarm).
 */

/** What follows a count and is no noun of it: "dự toán năm là …" (the year's budget), "năm của …". */
const NOT_NOUN = new Set(["là", "của", "và", "với", "thì", "mà", "được", "đã", "sẽ", "đang", "nay", "này", "đó"]);

/**
 * Whether a count with `noun` after it counts nothing a list could name: the word after it is a
 * function word ("hoàn thành dự toán năm là thị xã …": "năm" is the year, not five).
 */
export function noNoun(noun: string): boolean {
  return NOT_NOUN.has(noun.toLowerCase());
}

/**
 * "5 địa phương … là thị xã Chí Linh và các huyện: Nam Sách, Bình Giang, Thanh Hà, Thanh Miện":
 * names listed before the colon, then "và các <kind>:" and the rest; the items before the colon
 * are counted too.
 */
const NAMED_BEFORE = /(?<![\p{L}])(?:là|gồm có|bao gồm|gồm)[ ]+([^:;]*?\p{Lu}[^:;]*?)[ ]+và[ ]+(?:các|những)[ ]+\p{Ll}+(?:[ ]+\p{Ll}+)?[ ]*:[ ]*$/u;
/** Kinds an item may name two of, joined by a comma, as one group ("Cán bộ, công chức xã …"). */
const KINDS = [
  ["cán bộ", "công chức", "viên chức", "chiến sĩ", "người lao động"],
  ["xã", "phường", "thị trấn", "đặc khu"],
  ["tỉnh", "thành phố"],
  ["huyện", "quận", "thị xã"],
  ["sở", "ban", "ngành"],
  ["cơ quan", "đơn vị"],
];

/** How many comma pieces of a list are a bare kind followed by a piece opening with a kind of the same group. */
function doublets(list: string): number {
  const pieces = list.split(/,(?!\d)/u).map((x) => x.trim().toLowerCase());
  let n = 0;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const group = KINDS.find((g) => g.includes(pieces[i] as string));
    const next = pieces[i + 1] as string;
    if (group !== undefined && group.some((k) => k !== pieces[i] && (next === k || next.startsWith(`${k} `)))) {
      n++;
      i++;
    }
  }
  return n;
}

/**
 * The items of a list as the list-count rule reads them (`listed`), read more narrowly against
 * the count `value`: names before the colon add to the items after it; a list whose pieces may
 * pair two kinds into one item ("Cán bộ, công chức xã phụ trách các thôn, Trưởng thôn, …") is
 * read either way, and the count is wrong only when no reading gives it.
 */
export function listedItems(listed: number | undefined, list: string, head: string, value: number): number | undefined {
  if (listed === undefined) return undefined;
  const named = NAMED_BEFORE.exec(head);
  const before = named === null ? 0 : (named[1] ?? "").split(/,(?!\d)/u).length;
  // "có 12/22 quận huyện và TP Thủ Đức … gồm …": the name after "và" is listed beside the counted
  // (real-sentences-9.json's tune half, brief r3).
  const total = listed + before - Number(/^( \p{Ll}+,?)+ và \p{Lu}/u.test(head));
  // The pieces lower-cased one by one cost more than the rest of the rule on a long list: only
  // for a count the items do not give already.
  if (total === value) return total;
  if (runsIntoList(list)) return undefined;
  const d = doublets(list);
  if (d === 0) return total;
  return value > total ? total : Math.max(value, total - d);
}

/** After a ";": a count, its noun and a colon, "3 thực hiện là:": the head of a second counted list. */
const SECOND_LIST = /;[ ]*(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ ]+[^\d,;:.()]{1,40}:/iu;

/**
 * "Ba có là: Có căn cước …, có tài khoản ĐDĐT, có tham gia …; 3 thực hiện là: Thực hiện nắm hộ,
 * …": a list that runs into the head of a second counted list holds that list's items too, and
 * where the first one ends is not read; it is judged neither way.
 */
export function runsIntoList(list: string): boolean {
  return SECOND_LIST.test(list);
}

/**
 * ", như:" (after a comma: the "như" hangs off a description of the counted things, not off their
 * noun), "chẳng hạn", "ví dụ" at the end of a list's head: examples follow.
 */
const EXAMPLES = /(?:,[ ]*như|chẳng hạn(?:[ ]+như)?|ví dụ(?:[ ]+như)?)[ ]*:?[ ]*$/iu;

/**
 * Whether a counted list that does not match its count may be read another way, so that no
 * finding is sure:
 * - "gồm 8 thành viên là những người …, như: Bí thư Chi bộ, Tổ trưởng …": after "như:" the
 *   items are examples of the counted things, not all of them;
 * - "7 chỉ số chính: …, phát triển hạ tầng và nền tảng số, thông tin và dữ liệu số, …, đào tạo
 *   và phát triển nhân lực": items of a comma list join words with "và" inside them, so the
 *   last "và" may be inside the last item too; when the comma items alone are as many as the
 *   count, the list is read that way.
 */
export function listReadOtherwise(head: string, inner: string, value: number): boolean {
  if (EXAMPLES.test(head)) return true;
  if (inner.includes(";")) return false;
  const pieces = inner.split(/,(?!\d)/u).map((x) => x.trim()).filter((x) => x !== "");
  return pieces.length === value && / và /u.test(pieces[pieces.length - 1] ?? "") && pieces.slice(0, -1).some((x) => / và /u.test(x));
}

/**
 * "tỉnh đầu tiên có 5 thành phố gồm: Bến Cát; Thủ Dầu Một; Tân Uyên; Thuận An và Dĩ An": items
 * split by ";" whose last piece is two proper names joined by "và" (every word capitalised but
 * "và", as places' names are) may hold two items; the count is read either way, and wrong only
 * when neither gives it. "…; Sở Giáo dục và Đào tạo" (lower-case words) stays one item.
 */
export function semicolonAnd(inner: string, listed: number, value: number): boolean {
  if (listed + 1 !== value || !inner.includes(";")) return false;
  const pieces = inner.split(";").filter((x) => x.trim() !== "");
  return /^[ ]*(?:\p{Lu}[\p{L}.]*[ ]+)+và(?:[ ]+\p{Lu}[\p{L}.]*)+[ ]*$/u.test(pieces[pieces.length - 1] ?? "");
}

/** After a list's ";": a place's name (capitalised words, "TP"), maybe a colon, then its figure. */
const PLACE_ITEM = /;[ ]*(?:\p{Lu}[\p{L}.]*[ ]+){0,3}\p{Lu}[\p{L}.]*[ ]*:?[ ]*$/u;

/**
 * "Gồm: Lào Cai 1 người …; Cao Bằng 3 người …; …": an item of a list that opens with a place's
 * name after ";", not a new clause (which the breakdown rule ends a list at: "…; Các huyện, thị
 * xã … tiếp nhận hơn 13.000"). The breakdown rule reads it so only in a list whose marker opens
 * its sentence ("Gồm:", "Cụ thể,"): after a mid-sentence "trong đó" such items may split the
 * first part rather than the total ("33 người …, trong đó 23 người chết (A 5 …; B 16 …; …").
 */
export function placeItem(gap: string): boolean {
  return PLACE_ITEM.test(gap);
}

/** An ellipsis or "v.v." that says a list goes on past what it names. */
const GOES_ON = /…|\.\.\.|(?<![\p{L}])v\.v/u;

/**
 * "23 người chết (Hà Giang 5 …; Lai Châu 16 …; …)": parts that fall short of their total in a
 * list that says it goes on are no slip; nothing says the list is whole.
 */
export function goesOn(list: string): boolean {
  return GOES_ON.test(list);
}

/**
 * "có 4 nước bị cảnh báo thẻ vàng là Campuchia (năm 2012), Philippines (2014), Thái Lan (năm 2015),
 * và Việt Nam (năm 2017)", "6 nước (Belize, …, St Vincent và Grenadines, và Comoros)": a comma
 * before the last "và" of a list (the serial comma) says the commas part its items, so that "và"
 * opens the last item and is dropped; a "và" inside an item stays (brief r8: real-sentences-7.json's
 * held half). Only the last ", và" with no "," or ";" after it.
 */
export function lastAnd(list: string): string {
  return list.replace(/,[ ]*và[ ]+(?=[^,;]*$)/u, ", ");
}

/** The "và" between two parts, as a word. */
const AND = /(?<![\p{L}])và(?![\p{L}])/u;
/** What ends the second part's words: a separator, a bracket, a sentence's end. */
const LABEL_END = /[,;.()\n]/u;

/**
 * "trong đó, có 382 lượt chuyến bay quốc nội và 159 lượt chuyến bay quốc tế": two parts joined by
 * "và" are two items, each with its own words (the list's labels, which the rule cuts only at "," and
 * ";", give them one label, so a complementary pair so joined never made the list whole). The words
 * of each, cut at the "và": the first from the marker, the second up to its separator; none (an
 * empty list) when there are not exactly two parts with one "và" between them. Asked only when the
 * parts do not add up to the total and the labels cut at "," and ";" did not make the list whole.
 */
export function andLabels(s: string, markerEnd: number, parts: readonly { tok: { start: number; end: number } }[]): string[] {
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined) return [];
  const gap = s.slice(a.tok.end, b.tok.start);
  const and = AND.exec(gap);
  if (and === null || LABEL_END.test(gap)) return [];
  const rest = s.slice(b.tok.end, b.tok.end + 80);
  const stop = rest.search(LABEL_END);
  return [s.slice(markerEnd, a.tok.end + and.index), s.slice(b.tok.start, b.tok.end + (stop < 0 ? rest.length : stop))];
}

