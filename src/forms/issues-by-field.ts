import type { Problem } from "../schema/problem.js";
import type { FormProblemField } from "./coerce-form-values.js";
import type { FormSection } from "./form-fields.js";

/**
 * Validation speaks in report paths (`["values", "hs.dung_han"]`); a form speaks in fields. This
 * puts each issue beside the field it is about, with the field's labels and section, so a UI
 * shows "Số hồ sơ giải quyết đúng và trước hạn (12) lớn hơn…" under that input without knowing
 * the catalog.
 */

/**
 * An issue placed on a form: the issue, with the field it is about.
 *
 * @category Validation
 * @example
 * ```ts
 * const placed: FieldIssue<ValidationIssue> = { ...issue, field: { id: "hs.dung_han", label: "…", labelEn: "…", section: "3", sectionTitle: "…", item: "3.1", itemTitle: "…" } };
 * ```
 */
export type FieldIssue<T extends Problem = Problem> = T & { readonly field: FormProblemField };

/**
 * The issues of a form, by field id, and those about no field of the form (the document, the
 * body, figures of other levels).
 *
 * @category Validation
 * @example
 * ```ts
 * const placed: IssuesByField<ValidationIssue> = issuesByField(validateReport(report), formFields("xa"));
 * placed.fields["hs.dung_han"]?.[0]?.message;
 * ```
 */
export interface IssuesByField<T extends Problem = Problem> {
  readonly fields: Record<string, FieldIssue<T>[]>;
  readonly other: T[];
}

/** The field id an issue points at: its path (`values.<id>`, `stated.<id>`, `at.<id>`), else `params.id`. */
function fieldOf(issue: Problem, known: ReadonlyMap<string, FormProblemField>): string | undefined {
  const [slot, id] = issue.path;
  if ((slot === "values" || slot === "stated" || slot === "at" || slot === "flags") && typeof id === "string" && known.has(id)) return id;
  const own = issue.params.id;
  return typeof own === "string" && known.has(own) ? own : undefined;
}

/**
 * Places issues (of `validateReport`, `coerceFormValues` or your own rules) beside the fields of
 * a form: each issue whose path names a field of `sections` (or whose `params.id` does) goes
 * under that field, carrying the field's id, Vietnamese and English label and section; the rest
 * are returned in `other`, in their order. Pure.
 *
 * @category Validation
 * @summary Validation issues, keyed by form field.
 * @param issues - Issues with report paths.
 * @param sections - The form ({@link formFields}).
 * @returns Issues by field id, and the others.
 * @example
 * ```ts
 * const report = reportTemplate(unit, "202605", { values: { "hs.da_giai_quyet": 10, "hs.dung_han": 12 } });
 * const placed = issuesByField(validateReport(report), formFields("xa"));
 * placed.fields["hs.dung_han"]?.[0]?.field.label; // "Số hồ sơ giải quyết đúng và trước hạn"
 * ```
 */
export function issuesByField<T extends Problem>(issues: readonly T[], sections: readonly FormSection[]): IssuesByField<T> {
  const known = new Map<string, FormProblemField>();
  for (const s of sections) {
    for (const f of s.fields) {
      known.set(f.id, { id: f.id, label: f.label, labelEn: f.labelEn, section: s.section, sectionTitle: s.sectionTitle, item: s.id, itemTitle: s.title });
    }
  }
  const fields: Record<string, FieldIssue<T>[]> = Object.create(null) as Record<string, FieldIssue<T>[]>;
  const other: T[] = [];
  for (const issue of issues) {
    const id = fieldOf(issue, known);
    if (id === undefined) {
      other.push(issue);
      continue;
    }
    (fields[id] ??= []).push({ ...issue, field: known.get(id)! });
  }
  return { fields, other };
}
