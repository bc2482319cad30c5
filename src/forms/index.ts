/*
 * Forms for the people who build data-entry screens: the empty report a form starts from, the
 * fields to fill, reading what was typed, and placing issues beside the fields.
 */
export { reportTemplate, type ReportTemplateOptions, type TemplateUnit } from "./report-template.js";
export { formFields, type FormField, type FormFieldKind, type FormFieldsOptions, type FormSection, type FormTarget } from "./form-fields.js";
export {
  coerceFormValues,
  type CoercedForm,
  type CoerceFormOptions,
  type FormProblem,
  type FormProblemField,
} from "./coerce-form-values.js";
export type { FormProblemCode } from "./messages.js";
export { issuesByField, type FieldIssue, type IssuesByField } from "./issues-by-field.js";
export { ENGLISH_LABELS, OUTLINE_TITLES_EN } from "./english-labels.js";
