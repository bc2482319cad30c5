/**
 * Which parts count what a total counts, and where a total's clause ends (issue 13, recall on
 * real sentences, brief r1): read on the tune halves of real-sentences-6…8.json. Called by
 * one-line hooks from breakdowns.ts; each reads a few words the rule already holds.
 */


/**
 * Whether a part's unit counts a kind of what the total counts, where the unit words differ:
 * - a total of two nouns joined: "2.813/3.050 cán bộ, công chức, trong đó có 1.483 cán bộ … và
 *   1.390 công chức …" (`after`: the text after the total's figure).
 */
export function kindOf(part: string, total: string, after: string): boolean {
  // A fraction's whole ("2.813/3.050 cán bộ") is stepped over to its noun.
  // The nouns as written in lower case only (the tokenizer lower-cases units).
  const m = /^(?:\/[\d.,]+)?[ ]*(.+?)[ ]*(?:,|và|\/)[ ]*/u.exec(after);
  return part !== "" && m?.[1] === total && after.startsWith(part, m[0].length);
}

/**
 * Whether the words between a total and its marker are its own clause closed by ";", its asides
 * in closed parentheses included: "đón 1.651.306 lượt khách (tăng 7% so với cùng kỳ năm 2016);
 * trong đó, khách quốc tế …".
 */
export const closedAsides = (between: string): boolean => /^(?:[^.;()]|\([^()]*\))*;\s*$/u.test(between);
