/**
 * `de-an-06 validate <report.json…>`: checks each report against the schema and the validation
 * rules, prints a Vietnamese summary and the issues, exits 1 when any report has an error.
 * `--json` prints one machine-readable result per file instead.
 */
import { validateInput, type Report, type ValidationIssue, type ValidationIssueCode } from "../index.js";
import { localeOption, parseCommandArgs } from "./args.js";
import { readCatalog } from "./catalog.js";
import { expandJsonInputs, readJson, readReport, shown, type Io } from "./io.js";
import { CliError, EXIT, countLine, helpText, msg, problemLine, reportLabel } from "./messages.js";
import { resolve } from "node:path";
import { units2025 } from "./units.js";

const HELP_VI = `Cách dùng: de-an-06 validate <báo-cáo.json|thư-mục>… [--json] [--locale vi|en]

Kiểm tra từng báo cáo: đúng lược đồ, số liệu khớp nhau (tổng và các phần, tỷ lệ ghi so với số đếm),
chỉ tiêu so với mục tiêu, thể thức văn bản, và các con số viết trong câu chữ.
Mã thoát 1 khi có báo cáo có lỗi (cảnh báo không làm lệnh thất bại).

Tùy chọn:
  --json               in kết quả dạng JSON (cho máy đọc)
  --no-warnings        chỉ in lỗi, bỏ cảnh báo và thông tin
  --previous <tệp>     báo cáo kỳ trước của cùng đơn vị: kiểm tra số lũy kế không giảm
  --children <thư-mục|tệp>…
                       báo cáo của các đơn vị cấp dưới (lặp lại được): kiểm tra số liệu
                       cấp trên bằng tổng cấp dưới (chỉ khi kiểm tra một báo cáo)
  --catalog <tệp.json> danh mục bổ sung của địa phương (phần tử, chỉ tiêu, quy tắc dạng dữ liệu)
  --disable <quy-tắc>  tắt một quy tắc (mã, ví dụ document.signer) hoặc một nhóm (completeness);
                       lặp lại được
  --strict             mã số liệu không có trong danh mục là lỗi (mặc định: cảnh báo)
  --locale <vi|en>     ngôn ngữ thông báo của từng lỗi (mặc định vi)
  -h, --help           hướng dẫn này`;

const HELP_EN = `Usage: de-an-06 validate <report.json|folder>… [--json] [--locale vi|en]

Checks each report: the schema, figures that agree with each other (totals and their parts, stated
rates against the counts), indicators against their targets, the document's form, and the numbers
written in the text. Exit code 1 when a report has errors (warnings do not fail the command).

Options:
  --json               print the results as JSON (for programs)
  --no-warnings        print errors only, not warnings and notes
  --previous <file>    the same unit's report of the previous period: cumulative figures never fall
  --children <folder|file>…
                       the reports of the units below (repeatable): the figures above equal the sum
                       of those below (only when checking one report)
  --catalog <file.json> the local catalog additions (elements, indicators, rules as data)
  --disable <rule>     switch off a rule (its id, e.g. document.signer) or a family (completeness);
                       repeatable
  --strict             a figure id not in the catalog is an error (default: a warning)
  --locale <vi|en>     language of the messages (default vi)
  -h, --help           this help`;

/** The codes `validate --json` may print: the library's, and `file_unusable` for a file it could not read. */
export type CliIssueCode = ValidationIssueCode | "file_unusable";

/** The outcome for one file, as `--json` prints it. */
export interface FileResult {
  readonly file: string;
  readonly ok: boolean;
  /** How far the file got: unreadable (`file`), failed the schema (`schema`), or checked (`rules`). */
  readonly stage: "file" | "schema" | "rules";
  readonly unit?: { readonly code: string; readonly name: string; readonly level: string };
  readonly period?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly ValidationIssue<CliIssueCode>[];
}

/** Runs `validate`. */
export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", argv, {
    json: { type: "boolean" },
    "no-warnings": { type: "boolean" },
    locale: { type: "string" },
    previous: { type: "string" },
    children: { type: "string", multiple: true },
    catalog: { type: "string" },
    disable: { type: "string", multiple: true },
    strict: { type: "boolean" },
  });
  if (values.help) {
    io.out(helpText({ vi: HELP_VI, en: HELP_EN }));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(msg.needInput(msg.what.reportToCheck, "validate"), EXIT.usage);
  const locale = localeOption(values.locale);
  const files = await expandJsonInputs(io, positionals);
  const withContext = values.previous !== undefined || values.children !== undefined;
  if (withContext && files.length !== 1) throw new CliError(msg.contextNeedsOne, EXIT.usage);
  const previous = values.previous !== undefined ? await readReport(io, values.previous, locale) : undefined;
  const children: Report[] = [];
  for (const file of values.children ? await expandJsonInputs(io, values.children) : []) {
    children.push(await readReport(io, file, locale));
  }
  const catalog = values.catalog !== undefined ? await readCatalog(io, values.catalog, locale) : undefined;
  const context = {
    ...(previous ? { previous } : {}),
    ...(values.children ? { children } : {}),
    ...(catalog ? { catalog } : {}),
    ...(values.disable ? { disable: values.disable } : {}),
    ...(values.strict ? { strict: true } : {}),
  };
  const results: FileResult[] = [];
  for (const file of files) {
    const name = shown(io, resolve(io.cwd, file));
    let json: unknown;
    try {
      json = await readJson(io, file);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      const issue: ValidationIssue<CliIssueCode> = { code: "file_unusable", severity: "error", path: [], message: error.message, params: { file: name }, rule: "file" };
      results.push({ file: name, ok: false, stage: "file", errors: 1, warnings: 0, issues: [issue] });
      continue;
    }
    // With the unit list, a unit code that does not exist (99999) or a commune under the wrong
    // province is an error, as it is for the province receiving the report.
    const { report, issues } = validateInput(json, { locale, units: units2025(), ...context });
    const errors = issues.filter((i) => i.severity === "error").length;
    results.push({
      file: name,
      ok: errors === 0,
      stage: report ? "rules" : "schema",
      ...(report ? { unit: report.unit, period: report.period } : {}),
      errors,
      warnings: issues.filter((i) => i.severity === "warning").length,
      issues,
    });
  }

  if (values.json) {
    io.out(JSON.stringify(results, null, 2));
  } else {
    for (const r of results) printResult(io, r, values["no-warnings"] === true);
    if (results.length > 1) io.out(totalLine(results));
  }
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}

function printResult(io: Io, r: FileResult, errorsOnly: boolean): void {
  const shownIssues = errorsOnly ? r.issues.filter((i) => i.severity === "error") : r.issues;
  if (r.stage === "file") {
    io.out(msg.fileUnreadableLine(r.file));
  } else if (r.stage === "schema") {
    io.out(msg.schemaFailedLine(r.file, countLine(r.issues)));
  } else {
    io.out(`${r.ok ? "✓" : "✗"} ${r.file} — ${r.unit && r.period ? reportLabel({ unit: r.unit, period: r.period }) : ""}: ${countLine(r.issues)}`);
  }
  for (const issue of shownIssues) io.out(problemLine(issue));
}

function totalLine(results: readonly FileResult[]): string {
  const bad = results.filter((r) => !r.ok).length;
  const all = results.flatMap((r) => r.issues);
  return msg.validateTotal(results.length, bad, countLine(all));
}
