/**
 * The narrative rules in the order they run: rules that pair a percentage or claim a total run
 * before the rules that would otherwise read the same figures another way.
 */
import { forgetTokenIndex, type RuleContext } from "../context.js";
import { checkAverages } from "./averages.js";
import { checkBreakdowns } from "./breakdowns.js";
import { checkDifferences } from "./differences.js";
import { checkFigures } from "./figures.js";
import { checkListCounts } from "./list-count.js";
import { checkPartWhole } from "./part-whole.js";
import { checkRatioStatements } from "./ratio-statements.js";
import { checkRatios } from "./ratios.js";
import { checkRemainders } from "./remainders.js";
import { checkScores } from "./scores.js";
import { checkShares } from "./shares.js";
import { checkShareSums } from "./share-sums.js";
import { checkSharesApart } from "./shares-apart.js";
import { checkSplits } from "./splits.js";
import { checkStatedSums } from "./stated-sums.js";

/** Every rule of one text, in order. */
export const NARRATIVE_RULES_IN_ORDER: readonly ((ctx: RuleContext) => void)[] = [
  checkFigures,
  checkRatios,
  checkRatioStatements,
  checkSplits,
  checkBreakdowns,
  checkStatedSums,
  checkPartWhole,
  checkShares,
  checkSharesApart,
  checkShareSums,
  checkAverages,
  checkDifferences,
  checkRemainders,
  checkListCounts,
  checkScores,
];

/** Runs every rule on a tokenized text. */
export function runRules(ctx: RuleContext): void {
  for (const rule of NARRATIVE_RULES_IN_ORDER) rule(ctx);
  forgetTokenIndex();
}
