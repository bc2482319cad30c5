import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { outlineBody, type OutlineContent } from "./outline-body.js";
import type { SchemaProblemCode } from "./messages.js";
import type { Locale, Problem } from "./problem.js";
import { REPORT_SCHEMA_VERSION, type ReportInput } from "./report.js";
import { SECTION_IDS } from "./outline.js";
import { fromZod, problem } from "./zod-problem.js";

/**
 * Migration of older report shapes. Version 1 stored every report in the outline's fixed skeleton
 * (preamble, sections 1–8 with items and their assessment, overall assessment, recommendations in
 * three addressee buckets, next tasks, closing, `document.summary`). Version 2 keeps the author's
 * heading tree; a version-1 report becomes the tree the version-1 renderer printed, each node
 * tagged with the outline item it came from (see {@link outlineBody}), so nothing is lost.
 */

// Text of a version-1 report (empty strings were allowed in lists and are dropped) and its
// limitations: one shared instance each (see figure-facts.ts), built with ReportV1Schema.
let TEXT: z.ZodString | undefined;
let LIMITATION: ReturnType<typeof limitationSchema> | undefined;
const text = () => (TEXT ??= z.string());
const paragraphs = () => z.array(text()).default([]);
const limitationSchema = () => z.strictObject({ text: text(), responsible: text().optional() });
const limitation = () => (LIMITATION ??= limitationSchema());

/**
 * The body parts of a version-1 report, checked leniently: their structure (arrays of text,
 * section ids 1–8, item ids such as "3.1"), not the rules version 2 checks again after
 * migration. Other fields are passed through to the version-2 parse as they are.
 *
 * @category Schema
 * @example
 * ```ts
 * ReportV1Schema.safeParse({ schemaVersion: 1, sections: [{ id: "3", items: [] }] }).success; // true
 * ```
 */
export const ReportV1Schema = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    schemaVersion: z.literal(1),
    // Only what changes is looked at here; what is missing or malformed, the version-2 parse names.
    document: z.looseObject({ summary: text().optional(), governingBody: text().optional() }).optional(),
    preamble: paragraphs(),
    sections: z
      .array(
        z.strictObject({
          id: z.enum(SECTION_IDS as [string, ...string[]]),
          title: text().optional(),
          paragraphs: paragraphs(),
          items: z
            .array(z.strictObject({ id: z.string().regex(/^[1-8](\.\d{1,2})+$/), title: text().optional(), paragraphs: paragraphs() }))
            .default([]),
          assessment: z
            .strictObject({ limitations: z.array(limitation()).default([]), focusTasks: paragraphs() })
            .optional(),
        }),
      )
      .default([]),
    assessment: z
      .strictObject({
        strengths: paragraphs(),
        limitations: z.array(limitation()).default([]),
        causes: paragraphs(),
        solutions: paragraphs(),
        lessons: paragraphs(),
      })
      .optional(),
    recommendations: z.strictObject({ government: paragraphs(), ministries: paragraphs(), other: paragraphs() }).optional(),
    nextTasks: paragraphs(),
    closing: text().optional(),
  }),
);

/**
 * A report of schema version 1, as it was stored (the body parts this SDK migrates; header,
 * figures and comparisons have the same shape as in version 2, `document.summary` aside).
 *
 * @category Schema
 * @example
 * ```ts
 * const old: ReportV1Input = { schemaVersion: 1, document: { summary: "Báo cáo tháng 5" }, sections: [{ id: "3", items: [] }] };
 * ```
 */
export interface ReportV1Input {
  readonly schemaVersion: 1;
  readonly document?: { readonly summary?: string; readonly governingBody?: string; readonly [key: string]: unknown };
  readonly preamble?: readonly string[];
  readonly sections?: readonly {
    readonly id: string;
    readonly title?: string;
    readonly paragraphs?: readonly string[];
    readonly items?: readonly { readonly id: string; readonly title?: string; readonly paragraphs?: readonly string[] }[];
    readonly assessment?: { readonly limitations?: readonly V1Limitation[]; readonly focusTasks?: readonly string[] };
  }[];
  readonly assessment?: {
    readonly strengths?: readonly string[];
    readonly limitations?: readonly V1Limitation[];
    readonly causes?: readonly string[];
    readonly solutions?: readonly string[];
    readonly lessons?: readonly string[];
  };
  readonly recommendations?: { readonly government?: readonly string[]; readonly ministries?: readonly string[]; readonly other?: readonly string[] };
  readonly nextTasks?: readonly string[];
  readonly closing?: string;
  /** Unit, period, figures, comparisons: as in version 2. */
  readonly [key: string]: unknown;
}

/**
 * A limitation of a version-1 report, with the agency responsible for it.
 *
 * @category Schema
 * @example
 * ```ts
 * const l: V1Limitation = { text: "Đường truyền chưa ổn định.", responsible: "VNPT" };
 * ```
 */
export interface V1Limitation {
  readonly text: string;
  readonly responsible?: string;
}

/**
 * The result of {@link migrateReport}: a report in the current shape (not yet validated: give it
 * to `safeParseReport`), with the version it came from, or the problems that stop migration.
 *
 * @category Schema
 * @example
 * ```ts
 * const r: MigrationResult = migrateReport(json);
 * if (r.success) r.from; // 1 or 2
 * ```
 */
export type MigrationResult =
  | { readonly success: true; readonly data: ReportInput; readonly from: number; readonly problems: readonly Problem<SchemaProblemCode>[] }
  | { readonly success: false; readonly data?: undefined; readonly problems: readonly Problem<SchemaProblemCode>[] };

/**
 * Options of {@link migrateReport}.
 *
 * @category Schema
 * @example
 * ```ts
 * migrateReport(json, { locale: "en" } satisfies MigrateOptions);
 * ```
 */
export interface MigrateOptions {
  /** Language of messages (default `vi`). */
  readonly locale?: Locale;
}

/** "text (trách nhiệm: X)." as the version-1 renderer printed a limitation with its owner. */
function limitationText(l: { text: string; responsible?: string | undefined }): string {
  const who = l.responsible?.trim() ?? "";
  const t = l.text.trim();
  return who === "" ? t : `${t.replace(/[.;]+$/u, "")} (trách nhiệm: ${who}).`;
}

/**
 * Brings a stored report to the current shape (schema version {@link REPORT_SCHEMA_VERSION}).
 * A version-2 report is returned as it is; a version-1 report's body parts become the heading
 * tree the version-1 renderer printed, each node tagged with its outline item, and
 * `document.summary` becomes `document.title`; any other version is a problem naming
 * `schemaVersion` and the version found. Pure: the input is not changed. Problems in the
 * version-1 body parts point at the version-1 input.
 *
 * @category Schema
 * @summary Read a report stored in an older shape.
 * @param input - A report as stored (any version).
 * @param options - Message language.
 * @returns The report in the current shape (to parse), or the problems.
 * @example
 * ```ts
 * const r = migrateReport({ schemaVersion: 1, unit, period: "202605", document: { issuer, symbol: "BC-UBND", place: "Đông Cứu", summary: "Báo cáo tháng 5", signer },
 *   sections: [{ id: "3", items: [{ id: "3.1", paragraphs: ["Tiếp nhận 976 hồ sơ."] }] }] });
 * r.success && r.data.body?.[0]?.title; // "KẾT QUẢ CÁC MẶT CÔNG TÁC"
 * migrateReport({ schemaVersion: 7 }).problems[0]?.message;
 * // Trường "schemaVersion": phiên bản lược đồ 7 không được hỗ trợ; …
 * ```
 */
export function migrateReport(input: unknown, options: MigrateOptions = {}): MigrationResult {
  const locale = options.locale ?? "vi";
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    // Not a report at all: the version-2 parse says what is missing.
    return { success: true, data: input as ReportInput, from: REPORT_SCHEMA_VERSION, problems: [] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version === REPORT_SCHEMA_VERSION || version === undefined) {
    return { success: true, data: input as ReportInput, from: REPORT_SCHEMA_VERSION, problems: [] };
  }
  if (version !== 1) {
    const shown = typeof version === "string" ? `"${version}"` : typeof version === "number" || typeof version === "boolean" || version === null ? String(version) : typeof version;
    return {
      success: false,
      problems: [problem("unsupported_schema_version", ["schemaVersion"], { version: shown, supported: [1, REPORT_SCHEMA_VERSION] }, locale)],
    };
  }
  const parsed = ReportV1Schema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { success: false, problems: parsed.error.issues.map((i) => fromZod(i, locale)) };
  const v1 = parsed.data;
  const { schemaVersion: _v, preamble, sections, assessment, recommendations, nextTasks, closing, document, ...rest } = v1;
  const { summary, governingBody, ...header } = document ?? {};
  const content: OutlineContent = {
    preamble,
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      paragraphs: s.paragraphs,
      items: s.items,
      limitations: s.assessment?.limitations.map(limitationText),
      focusTasks: s.assessment?.focusTasks,
    })),
    strengths: assessment?.strengths,
    limitations: assessment?.limitations.map(limitationText),
    causes: assessment?.causes,
    solutions: assessment?.solutions,
    lessons: assessment?.lessons,
    government: recommendations?.government,
    ministries: recommendations?.ministries,
    otherRecommendations: recommendations?.other,
    nextTasks,
    closing: closing === undefined ? undefined : [closing],
  };
  const data = {
    ...rest,
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...(document === undefined
      ? {}
      : {
          document: {
            kind: "bao_cao",
            ...(governingBody !== undefined && governingBody.trim() !== "" ? { governingBody } : {}),
            ...header,
            ...(summary !== undefined ? { title: summary } : {}),
          },
        }),
    body: outlineBody(content),
  } as ReportInput;
  return { success: true, data, from: 1, problems: [] };
}
