import { indicatorCatalog } from "../indicators/catalog.js";
import type { Catalog } from "../indicators/types.js";
import { safeParseReport } from "../schema/parse.js";
import type { Level } from "../schema/level.js";
import type { PeriodKind } from "../schema/period.js";
import type { Locale, Problem } from "../schema/problem.js";
import type { Report } from "../schema/report.js";
import type { UnitIndex } from "../schema/unit.js";
import type { RawIssue, ValidationIssue, ValidationIssueCode } from "./issue.js";
import { validationMessage } from "./messages.js";
import { periodInfo } from "./period-info.js";
import type { RuleContext, ValidationRule } from "./rule.js";
import type { CompiledCatalog } from "../indicators/compile.js";
import { dataRules } from "./rules/data.js";
import { VALIDATION_RULES } from "./rules/index.js";
import { isReportShaped } from "./shape.js";
import { validationTables } from "./tables.js";

/**
 * Options that set a validator up: the same for every report it checks.
 *
 * @category Validation
 * @example
 * ```ts
 * const setup: ValidatorOptions = { locale: "en", disable: ["completeness"], narrative: false };
 * ```
 */
export interface ValidatorOptions<Code extends string = string> {
  /** Language of messages (default `vi`). */
  readonly locale?: Locale;
  /** The rules to run (default {@link VALIDATION_RULES}); add your own of the same type. */
  readonly rules?: readonly ValidationRule<Code>[];
  /** Rule ids (`document.signer`) or whole families (`completeness`) to switch off. */
  readonly disable?: readonly string[];
  /** The catalog of elements and indicators (default `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /** Administrative units in force, for unit and coverage checks. */
  readonly units?: UnitIndex;
  /** Check the prose of every paragraph (default `true`). */
  readonly narrative?: boolean;
  /** At most this many issues; the rest are counted in a final `issues_truncated` note. */
  readonly maxIssues?: number;
  /** Strict mode: a figure id the catalog does not have is an error (default: a warning with the nearest id). */
  readonly strict?: boolean;
}

/**
 * What validation may compare a report with.
 *
 * @category Validation
 * @example
 * ```ts
 * const with_: ValidationContext = { previous: aprilReport, children: communeReports };
 * ```
 */
export interface ValidationContext {
  /** The same unit's report of an earlier period (for cumulative figures). */
  readonly previous?: Report;
  /** Reports of the units directly below (for hierarchy checks). */
  readonly children?: readonly Report[];
}

/**
 * Options of {@link validateReport}.
 *
 * @category Validation
 * @example
 * ```ts
 * validateReport(report, { locale: "en", previous: lastMonth, disable: ["document.place"] });
 * ```
 */
export interface ValidateOptions<Code extends string = string> extends ValidatorOptions<Code>, ValidationContext {}

/**
 * A prepared validator: checks one report (parsed, or untrusted input) against its setup. Its
 * `input` method is the same check for JSON from outside, returning the parsed report (defaults
 * filled in, text in NFC) beside the issues, as {@link validateInput} does: store that report,
 * not the raw JSON.
 *
 * @category Validation
 * @example
 * ```ts
 * const validate: Validator = prepareValidator({ locale: "vi" });
 * validate(report, { previous: lastMonth });
 * const { report: parsed, issues } = validate.input(JSON.parse(body));
 * ```
 */
export type Validator<Code extends string = string> = ((report: unknown, context?: ValidationContext) => ValidationIssue<Code>[]) & {
  /** Parses the input with the schema (always, even when it looks parsed) and, when it passes, validates it. */
  readonly input: (input: unknown, context?: ValidationContext) => ValidatedInput<Code>;
};

const familyOf = (rule: ValidationRule) => rule.family ?? rule.id.split(".")[0] ?? rule.id;

function issue(raw: RawIssue, rule: ValidationRule, locale: Locale): ValidationIssue {
  const params = raw.params ?? {};
  return {
    code: raw.code,
    severity: raw.severity ?? rule.severity,
    path: raw.path,
    message: raw.message ?? ownMessage(rule, raw.code, params, locale) ?? validationMessage(locale, raw.code, params),
    params,
    rule: rule.id,
  };
}

/** A rule's own message for a code, in the locale (else Vietnamese), when it brings one. */
function ownMessage(rule: ValidationRule, code: string, params: Readonly<Record<string, unknown>>, locale: Locale): string | undefined {
  const m = rule.messages;
  if (m === undefined) return undefined;
  const own = Object.prototype.hasOwnProperty;
  const table = locale === "en" && m.en !== undefined && own.call(m.en, code) ? m.en : m.vi;
  return own.call(table, code) ? table[code]!(params) : undefined;
}

function engineIssue(code: string, params: Record<string, unknown>, locale: Locale, rule = "engine"): ValidationIssue {
  return {
    code,
    severity: code === "issues_truncated" ? "info" : code === "rule_failed" ? "warning" : "error",
    path: [],
    message: validationMessage(locale, code, params),
    params,
    rule,
  };
}

const fromProblem = (p: Problem): ValidationIssue => ({ ...p, rule: "schema" });

const errorName = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

type RuleSelector = (level: Level, kind: PeriodKind | undefined) => readonly ValidationRule[];

// With the default rules and nothing disabled (what `validateReport(report)` asks for, once per
// report), the selection is shared per compiled catalog instead of being rebuilt on every call.
const defaultSelectors = new WeakMap<CompiledCatalog, Map<boolean, RuleSelector>>();

/** The rules that apply to a level and period kind, picked once per pair (not per report). */
function ruleSelector(options: ValidatorOptions, tables: CompiledCatalog): RuleSelector {
  const shared = options.rules === undefined && (options.disable === undefined || options.disable.length === 0);
  const narrative = options.narrative !== false;
  if (shared) {
    const hit = defaultSelectors.get(tables)?.get(narrative);
    if (hit) return hit;
  }
  const disabled = new Set(options.disable ?? []);
  const rules = [...(options.rules ?? VALIDATION_RULES), ...dataRules(tables)].filter(
    (r) => !disabled.has(r.id) && !disabled.has(familyOf(r)) && !(!narrative && familyOf(r) === "narrative"),
  );
  const applicable = new Map<string, readonly ValidationRule[]>();
  const select: RuleSelector = (level, kind) => {
    const key = `${level}|${kind ?? ""}`;
    let list = applicable.get(key);
    if (list === undefined) {
      list = rules.filter((r) => r.levels.includes(level) && (kind === undefined || r.periodKinds.includes(kind)));
      applicable.set(key, list);
    }
    return list;
  };
  if (shared) {
    let byNarrative = defaultSelectors.get(tables);
    if (byNarrative === undefined) defaultSelectors.set(tables, (byNarrative = new Map()));
    byNarrative.set(narrative, select);
  }
  return select;
}

/**
 * Sets a validator up once — rules after `disable`, the catalog's look-up tables, the locale —
 * and returns a function that validates one report at a time. Use it to check many reports
 * with the same options; {@link validateReport} is this in one call. For JSON from outside,
 * `validate.input(json)` also returns the parsed report (as {@link validateInput} does).
 *
 * @category Validation
 * @summary Prepare the rules and tables once, validate many reports.
 * @example
 * ```ts
 * const validate = prepareValidator({ disable: ["completeness"] });
 * const results = communeReports.map((r) => validate(r));
 * const { report, issues } = validate.input(JSON.parse(body)); // report: parsed, defaults filled in
 * ```
 */
export function prepareValidator<Code extends string = never>(
  options?: ValidatorOptions<Code>,
): Validator<ValidationIssueCode | Code>;
export function prepareValidator(options: ValidatorOptions = {}): Validator {
  const prepared = setup(options);
  const { run, limit, locale } = prepared;
  const validate = (input: unknown, context: ValidationContext = {}): ValidationIssue[] => {
    let issues: ValidationIssue[];
    try {
      if (isReportShaped(input)) {
        issues = run(input, context);
      } else {
        const parsed = safeParseReport(input, { locale });
        issues = parsed.success ? run(parsed.data, context) : parsed.problems.map(fromProblem);
      }
    } catch (error) {
      // A hostile getter or proxy in the input: report it, never throw.
      issues = [engineIssue("validation_failed", { error: errorName(error) }, locale)];
    }
    return limit(issues);
  };
  return Object.assign(validate, { input: inputValidator(prepared) });
}

/**
 * Untrusted input: the schema always, then the rules on the report it just built (no second look
 * at its shape, as the prepared validator gives input that may already be parsed).
 */
function inputValidator({ run, limit, locale }: Setup) {
  return (value: unknown, context: ValidationContext = {}): ValidatedInput<string> => {
    try {
      const parsed = safeParseReport(value, { locale });
      if (!parsed.success) return { issues: limit(parsed.problems.map(fromProblem)) };
      return { report: parsed.data, issues: limit(run(parsed.data, context)) };
    } catch (error) {
      // A hostile getter or proxy in the input: report it, never throw.
      return { issues: [engineIssue("validation_failed", { error: errorName(error) }, locale)] };
    }
  };
}

/** What {@link prepareValidator} sets up: the rule runner on a parsed report, and the issue cap. */
interface Setup {
  readonly locale: Locale;
  readonly run: (report: Report, context: ValidationContext) => ValidationIssue[];
  readonly limit: (issues: ValidationIssue[]) => ValidationIssue[];
}

function setup(options: ValidatorOptions): Setup {
  const locale: Locale = options.locale === "en" ? "en" : "vi";
  const catalog = options.catalog ?? indicatorCatalog;
  const tables = validationTables(catalog);
  const max = options.maxIssues;
  const units = options.units;
  const rulesFor = ruleSelector(options, tables);

  const run = (report: Report, context: ValidationContext): ValidationIssue[] => {
    const info = periodInfo(report.period);
    const period = info?.period;
    const level = report.unit.level;
    const out: ValidationIssue[] = [];
    const previous = context.previous;
    const children = context.children;
    if (previous !== undefined && !isReportShaped(previous)) {
      out.push(engineIssue("context_invalid", { which: "previous" }, locale));
    }
    const goodChildren = children?.filter((c) => isReportShaped(c));
    if (children !== undefined && goodChildren!.length < children.length) {
      out.push(engineIssue("context_invalid", { which: "children", count: children.length - goodChildren!.length }, locale));
    }
    const ctx: RuleContext = {
      report,
      period,
      cutoff: info?.cutoff,
      level,
      catalog,
      tables,
      locale,
      ...(previous !== undefined && isReportShaped(previous) ? { previous } : {}),
      ...(goodChildren !== undefined ? { children: goodChildren } : {}),
      ...(units !== undefined ? { units } : {}),
      ...(options.strict === true ? { strict: true } : {}),
    };
    for (const rule of rulesFor(level, period?.kind)) {
      try {
        for (const raw of rule.check(ctx)) out.push(issue(raw, rule, locale));
      } catch (error) {
        out.push(engineIssue("rule_failed", { rule: rule.id, error: errorName(error) }, locale, rule.id));
      }
    }
    return out;
  };

  const limit = (issues: ValidationIssue[]): ValidationIssue[] => {
    if (max !== undefined && max >= 0 && issues.length > max) {
      const omitted = issues.length - max;
      issues = issues.slice(0, max);
      issues.push(engineIssue("issues_truncated", { omitted, max }, locale));
    }
    return issues;
  };
  return { locale, run, limit };
}

/**
 * Validates a report against the rules ({@link VALIDATION_RULES} unless told otherwise) and
 * returns every issue found, never throwing. A parsed {@link Report} is checked directly; any
 * other input goes through `safeParseReport` first, and if it fails the schema its problems are
 * returned (with `rule: "schema"`).
 *
 * @category Validation
 * @summary Check a report as a careful reviewer would.
 * @example
 * ```ts
 * const issues = validateReport(report, { previous: aprilReport });
 * for (const i of issues) console.log(i.severity, formatPath(i.path), i.message);
 * // error document.date Báo cáo ghi ngày 08/05/2026, trước khi kết thúc kỳ chốt số liệu tháng 05/2026 …
 * ```
 */
export function validateReport<Code extends string = never>(
  report: Report,
  options?: ValidateOptions<Code>,
): ValidationIssue<ValidationIssueCode | Code>[];
export function validateReport<Code extends string = never>(
  input: unknown,
  options?: ValidateOptions<Code>,
): ValidationIssue<ValidationIssueCode | Code>[];
export function validateReport(input: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  return prepareValidator(options)(input, options);
}

/**
 * The result of {@link validateInput}.
 *
 * @category Validation
 * @example
 * ```ts
 * const { report, issues } = validateInput(json);
 * ```
 */
export interface ValidatedInput<Code extends string = ValidationIssueCode> {
  /** The parsed report, when the input passed the schema. */
  readonly report?: Report;
  readonly issues: ValidationIssue<Code>[];
}

/**
 * Parses untrusted input with the schema (always, even when it looks parsed) and, when it
 * passes, validates it: the one call for JSON that arrives from outside.
 *
 * @category Validation
 * @summary Schema then rules, for untrusted JSON.
 * @example
 * ```ts
 * const { report, issues } = validateInput(JSON.parse(text));
 * if (!report) console.log("Không đọc được báo cáo:", issues[0]?.message);
 * ```
 */
export function validateInput<Code extends string = never>(
  input: unknown,
  options?: ValidateOptions<Code>,
): ValidatedInput<ValidationIssueCode | Code>;
export function validateInput(input: unknown, options: ValidateOptions = {}): ValidatedInput<string> {
  return inputValidator(setup(options))(input, options);
}
