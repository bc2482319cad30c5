/**
 * Narrower readings of shapes that raised false alarms on real sentences: the held half of
 * real-sentences-5.json, kept blind for two rounds and spent on 2026-12-01 (issue 13, brief p4).
 * Each is a small function the rule it narrows calls by a one-line hook; each reads a few dozen
 * characters around one or two figures already found, never the text again.
 */
import type { Token } from "../tokens.js";

type NumberToken = Extract<Token, { kind: "number" }>;

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
