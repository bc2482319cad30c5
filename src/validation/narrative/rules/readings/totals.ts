/**
 * Which parts count what a total counts, and where a total's clause ends (issue 13, recall on
 * real sentences, brief r1): read on the tune halves of real-sentences-6…8.json. Called by
 * one-line hooks from breakdowns.ts; each reads a few words the rule already holds.
 */

/** A word without a vowel: an acronym ("hcv", "lltp"). */
const ACRONYM = /^[bcdđfghjklmnpqrstvwxz]{2,}$/u;

/**
 * Whether a part's unit counts a kind of what the total counts, where the unit words differ:
 * - a total's noun named by an acronym after it: "689.125 phiếu LLTP …, trong đó có 408.314
 *   Phiếu số 1 …" counts phiếu;
 * - a total of two nouns joined: "2.813/3.050 cán bộ, công chức, trong đó có 1.483 cán bộ … và
 *   1.390 công chức …" (`after`: the text after the total's figure).
 */
export function kindOf(part: string, total: string, after: string): boolean {
  if (part === "" || total === "") return false;
  const sp = total.indexOf(" ");
  if (sp > 0 && ACRONYM.test(total.slice(sp + 1)) && part.split(" ")[0] === total.slice(0, sp)) return true;
  // A fraction's whole ("2.813/3.050 cán bộ") is stepped over to its noun.
  const head = after.toLowerCase().replace(/^\/[\d.,]+/u, "").trimStart();
  return head.startsWith(total) && new RegExp(`^[ ]*(?:,|và|/)[ ]*${part.replace(/[^\p{L} ]/gu, "")}(?![\\p{L}])`, "u").test(head.slice(total.length));
}

/**
 * Whether the words between a total and its marker are its own clause closed by ";", its asides
 * in closed parentheses included: "đón 1.651.306 lượt khách (tăng 7% so với cùng kỳ năm 2016);
 * trong đó, khách quốc tế …".
 */
export const closedAsides = (between: string): boolean => /^(?:[^.;()]|\([^()]*\))*;\s*$/u.test(between);
