/**
 * Checking the figures written in Vietnamese prose: number parsing, finding figures, and the
 * narrative checker.
 *
 * @module
 */
export { parseViNumber, type ViNumber } from "./parse-number.js";
export { findViNumbers, type ViNumberMatch, type ViNumberMatchBase } from "./find-numbers.js";
export { checkNarrative } from "./check-narrative.js";
export { checkDocument, type DocumentFinding, type DocumentParagraph } from "./check-document.js";
export {
  MAX_NARRATIVE_LENGTH,
  NARRATIVE_SEVERITY,
  type NarrativeCode,
  type NarrativeFinding,
  type NarrativeOptions,
} from "./finding.js";
