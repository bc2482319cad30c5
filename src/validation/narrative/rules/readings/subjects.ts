/**
 * Narrower readings of what, or whom, a count is of (issue 13, precision on real sentences): a
 * count of one thing "trên" a count of another is no part of a whole (ratio-statements.ts), and
 * two statements of one figure whose subjects, actions or numbered entries differ are two
 * quantities, not one stated twice (restated.ts). Each is a small function the rule it narrows
 * calls by a one-line hook; each reads a few dozen characters around figures the rule already
 * holds, never the text again.
 *
 * Where each shape was found: onOtherThing on real-sentences-5.json's tune half (brief g5);
 * otherSubjects on real-documents-3.json's tune half (brief p2); entryCount on
 * real-sentences-6.json's tune half (brief p3); otherActions on real-sentences-5.json's held half
 * (brief p4); otherScopes on real-sentences-7.json's held half (brief p8); inspectedAndFound on
 * real-sentences-8.json's tune half (brief p9).
 */
import type { Token } from "../../tokens.js";
import { firstWord, sameUnit } from "../breakdowns.js";

/**
 * "Quảng Trị 10 người trên 2 tàu": a count of one thing on (or over) a count of another, not "65
 * trên 90 xã" (a part of a whole). The part's own noun comes before "trên" and differs from the
 * whole's.
 */
export function onOtherThing(a: Extract<Token, { kind: "number" }>, b: Extract<Token, { kind: "number" }>): boolean {
  const noun = firstWord(a.unit);
  if (noun === "" || noun === "trên" || b.unit === "") return false;
  return noun !== firstWord(b.unit) && !sameUnit(a.unit, b.unit);
}

/** A run of capitalised words (a name), not the sentence's first word. */
const NAME = /(?<=[^\p{L}])\p{Lu}\p{L}*(?:[ ]+\p{Lu}\p{L}*)*/gu;

/** The last name written before a figure in its sentence (`lead`: the sentence up to the figure), or "". */
function lastName(lead: string): string {
  let name = "";
  for (const m of lead.trimStart().slice(1).matchAll(NAME)) name = m[0];
  return name;
}

/**
 * "Theo sau là Bộ Nông nghiệp … với 276 tỷ đồng vốn đầu tư thực hiện …. Xếp sau là Bộ Văn hoá …
 * với 59 tỷ đồng vốn đầu tư thực hiện", "Thôn Lầu Nàng, … tỉnh Đắk Lắk có 5 đồng bào dân tộc …"
 * and "… xã Ia Lốp, trên địa bàn xã thì … có 15 đồng bào dân tộc …": two statements whose
 * sentences each name, last before the figure, a different body or place are of two subjects,
 * not one quantity stated twice. Statements with no name before them are compared as before.
 */
export function otherSubjects(a: string | undefined, b: string | undefined, memo?: LeadMemo): boolean {
  return readDiffer(lastName, a, b, memo);
}

/**
 * The readings of leads already made in one comparison of a text's statements (`conflicts` in
 * restated.ts): each statement is compared with up to eight before it, and a text that restates
 * thousands of quantities had every lead read again for every pair (1 MB of them: 806 → 405 ms).
 * Made by the caller for one call, so nothing outlives it.
 */
export type LeadMemo = Map<(lead: string) => string, Map<string, string>>;

/** `read(lead)`, once per lead and reader within a `memo`. */
function readOnce(read: (lead: string) => string, lead: string, memo: LeadMemo | undefined): string {
  if (memo === undefined) return read(lead);
  let byLead = memo.get(read);
  if (byLead === undefined) memo.set(read, (byLead = new Map()));
  let r = byLead.get(lead);
  if (r === undefined) byLead.set(lead, (r = read(lead)));
  return r;
}

/** Whether two leads both give a reading by `read` (not "") and the readings differ. */
function readDiffer(read: (lead: string) => string, a: string | undefined, b: string | undefined, memo?: LeadMemo): boolean {
  if (a === undefined || b === undefined) return false;
  const x = readOnce(read, a, memo);
  const y = readOnce(read, b, memo);
  return x !== "" && y !== "" && x !== y;
}

/** Actions taken on a counted thing (the last one before a figure is what the figure counts). */
const ACTIONS = /thẩm tra|thẩm định|ban hành|sửa đổi|bãi bỏ|bổ sung|tiếp nhận|giải quyết|cắt giảm|đơn giản hóa|đơn giản hoá|công bố|phê duyệt|rà soát|kiểm tra|thu hồi|xử lý|trả kết quả/giu;

/**
 * The last action named before a figure in its own clause (after the last ",", ";", ":" or "(",
 * at most 60 characters: "Qua rà soát, còn 409 …" names none), or "".
 */
function lastAction(lead: string, actions: RegExp = ACTIONS): string {
  const near = lead.slice(-60);
  const tail = near.slice(Math.max(near.lastIndexOf(","), near.lastIndexOf(";"), near.lastIndexOf(":"), near.lastIndexOf("(")) + 1).toLowerCase();
  let last = "";
  for (const m of tail.matchAll(actions)) last = m[0];
  return last;
}

/**
 * "Văn phòng Chính phủ đã thẩm tra đối với 810 thủ tục hành chính …. Các bộ, ngành đã trình …
 * ban hành mới 303 thủ tục hành chính": two counts of one thing acted on in two different ways
 * (reviewed, issued) are two quantities, not one stated twice.
 */
export function otherActions(a: string | undefined, b: string | undefined, memo?: LeadMemo): boolean {
  return readDiffer(lastAction, a, b, memo) || inspectedAndFound(a, b);
}

/** Before a count: a numbered or bulleted entry's name and colon ("3. Hải Phòng: Có ", "- Xã A: "). */
const ENTRY_HEAD = /(?:^|[\s.;:])(?:\d{1,2}[.)]|\p{Ll}\)|[-–•+*])[ ]+\p{Lu}[^\d.;:()\n]{0,40}:[ ]*(?:\p{L}+[ ]+){0,2}$/u;

/**
 * "3. Hải Phòng: Có 114 đơn vị hành chính cấp xã … 4. Đà Nẵng: Có 94 đơn vị hành chính cấp xã
 * …": a count right after a numbered (or bulleted) entry's name is that entry's own, not a
 * statement of one quantity the text may restate. `back` is the text before the figure.
 */
export function entryCount(back: string): boolean {
  return back.includes(":") && ENTRY_HEAD.test(back);
}

/** A sentence that opens on a part: "Riêng …", "Chỉ tính riêng …", "Trong đó, …", "Trong số đó …". */
const PART_LEAD = /^[\s\-–+•*]*(?:\(?[\p{Lu}\d]+\)[\s\-–]*)?(?:chỉ[ ]+(?:tính[ ]+)?)?(?:riêng|trong đó|trong số (?:đó|này))(?![\p{L}])/iu;
/** Where a count is counted: the whole area ("toàn tỉnh", "cả nước") or a place ("tại trụ sở …", "tại xã A"). */
const SCOPE_WORDS = /(?:^|[^\p{L}])(toàn[ ]+(?:tỉnh|thành phố|huyện|quốc|ngành|xã)|cả[ ]+nước|tại(?:[ ]+[\p{L}.]+){1,3})/giu;

/** The last scope named in a lead ("toàn tỉnh", "tại trụ sở tiếp"), or "". */
function lastScope(lead: string): string {
  let last = "";
  for (const m of lead.matchAll(SCOPE_WORDS)) last = (m[1] ?? "").toLowerCase();
  return last;
}

/**
 * "Chỉ tính riêng các Đội tuần tra … xử lý 112 trường hợp vi phạm …. Cảnh sát đường thủy … đã xử lý
 * 240 trường hợp vi phạm"; "toàn tỉnh tiếp 65 lượt đoàn công dân …. Theo đó, tại trụ sở tiếp công
 * dân tỉnh tiếp 10 lượt đoàn công dân …": a sentence that opens on a part ("Riêng", "Trong đó")
 * counts a part, and two sentences that name different scopes (the whole area, a place) count
 * different subjects; neither restates the other's quantity. Found on real-sentences-7.json's held
 * half (brief p8).
 */
export function otherScopes(a: string | undefined, b: string | undefined, memo?: LeadMemo): boolean {
  if (a === undefined || b === undefined) return false;
  return PART_LEAD.test(a) || PART_LEAD.test(b) || readDiffer(lastScope, a, b, memo);
}

/** The steps of an inspection: what it inspects ("kiểm tra", "thanh tra") and what it finds ("phát hiện"). */
const INSPECTION = /kiểm tra|thanh tra|phát hiện/giu;
/** The last step of an inspection named before a figure in its own clause (as {@link lastAction}), or "". */
const lastStep = (lead: string): string => lastAction(lead, INSPECTION);

/**
 * "… kiểm tra chuyên ngành tại 371 tổ chức, cá nhân. Phát hiện 182 tổ chức, cá nhân vi phạm":
 * those an inspection inspects and those it finds in breach, under one noun, are a whole and its
 * part, not one quantity stated twice; one count after "kiểm tra" or "thanh tra", the other after
 * "phát hiện". What is found and what is then handled ("Phát hiện 47 tài khoản …" and "Đã xử lý
 * 52 tài khoản …") may still be one quantity. Found on real-sentences-8.json's tune half (brief p9).
 */
export function inspectedAndFound(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const x = lastStep(a);
  const y = lastStep(b);
  return x !== y && (x === "phát hiện" || y === "phát hiện") && x !== "" && y !== "";
}

/**
 * What one quantity's two statements must share (brief p10, real-sentences-9.json's tune half):
 * besides their noun phrase (the key), the side of the status said of it and the body that
 * counted it. "142 xã, phường, thị trấn đạt chuẩn …" and "17 xã, phường, thị trấn chưa đạt chuẩn
 * …": one predicate ("đạt") said of the noun and denied of it ("chưa", "không") counts the two
 * sides of one measure. The predicate of a statement: its sign and the first word after the noun
 * past a negation ("+đạt", "-đạt"), or "" when no word follows it.
 */
export function predicateOf(s: string, from: number, end: number): string {
  const after = /^[ ]+(\p{L}+)(?:[ ]+(\p{L}+))?/u.exec(s.slice(end, end + 24));
  if (after === null) return "";
  // A negation read into the phrase ("xã … chưa | đạt") or written right after it.
  let no = /(?:^|[ ])(?:chưa|không)$/iu.test(s.slice(from, end));
  let word = (after[1] as string).toLowerCase();
  if (word === "chưa" || word === "không") {
    no = true;
    word = (after[2] ?? "").toLowerCase();
  }
  return word === "" ? "" : `${no ? "-" : "+"}${word}`;
}

/** Whether two statements say one predicate of their noun, one of them denying it ({@link predicateOf}). */
export const otherSides = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a !== "" && b !== "" && a !== b && a.slice(1) === b.slice(1);

/**
 * "cưỡng chế 05 công trình vi phạm; … xử lý bằng hình thức khác 11 công trình vi phạm; … giải
 * quyết 33 công trình vi phạm khác": a sentence that counts one noun more than once counts parts
 * of it (by deed, by kind), so none of its counts is a statement of the quantity another sentence
 * may restate. `whole` is the sentence around the figure, `key` the phrase's first words.
 */
export function countedTwice(whole: string, key: readonly string[]): boolean {
  const text = whole.toLowerCase().replace(/,/gu, "");
  const k = key.join(" ");
  let n = 0;
  for (let i = text.indexOf(k); i > 0; i = text.indexOf(k, i + 1)) if (/\d[ ]+$/u.test(text.slice(Math.max(0, i - 3), i)) && ++n > 1) return true;
  return false;
}

/** The body a clause states as acting: the words before "đã"/"đang"/"vừa" after a comma or the start. */
const AGENT = /(?:^|[,;:])[ ]*((?:[\p{L}\p{N}-]+[ ]+){0,9}[\p{L}\p{N}-]+)[ ]+(?:đã|đang|vừa)[ ]/u;

/**
 * The body a figure's statement is of: the one its own sentence names before "đã" ("C04 đã chủ
 * trì …", "Lực lượng công an đã …"), or, for a sentence that names none ("Thu giữ 612,5 kg …"),
 * the one the sentence before names; "" when neither does. `at` is where the figure starts.
 */
export function agentOf(s: string, at: number): string {
  let end = at;
  for (let n = 0; n < 2; n++) {
    const a = s.slice(Math.max(0, end - 300), end);
    const cut = Math.max(a.lastIndexOf(". "), a.lastIndexOf("\n"));
    const m = AGENT.exec(a.slice(cut + 1));
    if (m !== null) return (m[1] as string).toLowerCase();
    if (cut < 0) return "";
    end -= a.length - cut;
  }
  return "";
}

/**
 * "C04 … Thu giữ … 231.814 viên ma túy tổng hợp" and "Lực lượng công an … Thu giữ … 1.053.099 viên
 * ma túy tổng hợp": one unit's count and the whole force's count of the same goods are of two
 * bodies, not one quantity stated twice. Statements whose body is not named are compared as before.
 */
export function otherAgents(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== "" && b !== "" && a !== b;
}

/** What {@link otherStatements} reads of a statement (restated.ts's QuantityStatement). */
interface Stated {
  readonly key: string;
  readonly predicate?: string;
  readonly src?: string;
  readonly at?: number;
  readonly around?: string;
}

/**
 * Whether two statements of one key are of two quantities by what this file reads: opposite sides
 * of one predicate, a sentence that counts the noun twice, or two bodies. Asked only of a pair
 * about to be reported, so the sentence and the bodies are read for a few statements, not all.
 */
export function otherStatements(a: Stated, b: Stated): boolean {
  if (otherSides(a.predicate, b.predicate)) return true;
  const key = a.key.slice(0, a.key.indexOf("|")).split(" ");
  if ((a.around !== undefined && countedTwice(a.around, key)) || (b.around !== undefined && countedTwice(b.around, key))) return true;
  return a.src !== undefined && b.src !== undefined && otherAgents(agentOf(a.src, a.at ?? 0), agentOf(b.src, b.at ?? 0));
}
