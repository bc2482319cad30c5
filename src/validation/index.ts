export * from "./interval.js";
export * from "./narrative/index.js";
export type { RawIssue, ValidationIssue, ValidationIssueCode } from "./issue.js";
export type { RuleContext, ValidationRule } from "./rule.js";
export { validationTables, type ExpectedFigure, type PartWhole, type ValidationTables } from "./tables.js";
export {
  VALIDATION_MESSAGES,
  validationMessage,
  type ValidationMessageCode,
  type ValidationMessageParams,
  type ValidationMessageTable,
} from "./messages.js";
export {
  ARITHMETIC_RULES,
  COMPLETENESS_RULES,
  DOCUMENT_RULES,
  FACT_RULES,
  HIERARCHY_RULES,
  NARRATIVE_RULES,
  SCORE_RULES,
  STATED_RULES,
  TARGET_RULES,
  TIME_RULES,
  VALIDATION_RULES,
  VALUE_RULES,
} from "./rules/index.js";
export { nearestId } from "./rules/values.js";
export { dataRules } from "./rules/data.js";
export { forEachParagraph, proseParagraphs, type ParagraphVisitor, type ProseParagraph } from "./prose.js";
export { isReportShaped } from "./shape.js";
export {
  prepareValidator,
  validateInput,
  validateReport,
  type ValidatedInput,
  type ValidateOptions,
  type ValidationContext,
  type Validator,
  type ValidatorOptions,
} from "./validate.js";
export { groupIssuesByPath, groupIssuesBySection, groupIssuesBySeverity, issueSection, summarizeIssues } from "./group.js";
