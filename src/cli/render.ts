/**
 * `de-an-06 render <report.json> -o <out.docx> [--rollup details.json] [--figures | --no-figures] [--form]`: writes the
 * report as a Word document in the Nghị định 30/2020/NĐ-CP layout.
 */
import type { Coverage, Provenance, Report } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { readCatalog } from "./catalog.js";
import { checkOutputs, readJson, readReport, shown, writeOutput, type Io } from "./io.js";
import { units2025 } from "./units.js";
import { CliError, EXIT, helpText, msg } from "./messages.js";
import { resolve } from "node:path";

const HELP_VI = `Cách dùng: de-an-06 render <báo-cáo.json> -o <báo-cáo.docx>

Xuất báo cáo ra tệp Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP: khổ A4, phông Times New
Roman, quốc hiệu và tiêu ngữ, số và ký hiệu, địa danh và ngày tháng, “Kính gửi”, nội dung theo đề
văn bản đúng như tác giả viết (đề mục, đoạn văn, chú thích), “Nơi nhận” và chữ ký khi báo cáo có.
Không thêm gì tác giả không viết. Cùng báo cáo cho ra cùng một tệp.

Tùy chọn:
  -o, --out <tệp.docx>     nơi ghi tệp Word
  --rollup <chi-tiết.json> độ bao phủ và nguồn số liệu do “rollup --details” ghi: thêm phụ lục
                           số liệu từng đơn vị cấp dưới
  --figures                in bảng số liệu (chỉ các cột có dữ liệu)
  --no-figures             không in bảng số liệu, kể cả khi báo cáo yêu cầu
  --form                   bản để ký: số, ngày, người ký còn thiếu in thành “……” để điền
  --catalog <tệp.json>     danh mục bổ sung của địa phương: nhãn, đơn vị, mục tiêu của số liệu mới
  --locale <vi|en>         ngôn ngữ của thông báo (văn bản Word vẫn bằng tiếng Việt)
  -h, --help               hướng dẫn này`;

const HELP_EN = `Usage: de-an-06 render <report.json> -o <report.docx>

Prints a report to a Word file (.docx) in the form of Decree 30/2020/NĐ-CP: A4 paper, Times New
Roman, the national emblem lines, number and symbol, place and date, the addressee, the body exactly
as its author wrote it (headings, paragraphs, footnotes), the distribution list and the signature
when the report has them. Adds nothing the author did not write. The same report gives the same file.
The document itself stays in Vietnamese; --locale en changes the messages only.

Options:
  -o, --out <file.docx>    where to write the Word file
  --rollup <details.json>  coverage and sources written by “rollup --details”: adds appendices with
                           the figures of each unit below
  --figures                print the figures tables (only the columns with data)
  --no-figures             do not print the figures tables, even if the report asks for them
  --form                   a form to sign: a missing number, date or signer is printed as “……”
  --catalog <file.json>    local catalog additions: labels, units and targets of new figures
  --locale <vi|en>         language of the messages (the Word document stays in Vietnamese)
  -h, --help               this help`;

const isCodes = (x: unknown): x is string[] => Array.isArray(x) && x.every((c) => typeof c === "string");
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);
const isContribution = (c: unknown) =>
  isObject(c) && typeof c.unit === "string" && typeof c.unitName === "string" && (typeof c.value === "number" || typeof c.value === "boolean");

/**
 * Reads a `rollup --details` file: the coverage and provenance the appendix needs, checked field by
 * field (a malformed file is a message naming the file, never a stack), and checked to belong to
 * `report`: the unit and period it names (written by `rollup` since 0.1) must be the report's, and
 * every child it lists must be a unit below the report's unit.
 */
async function readRollupDetails(io: Io, file: string, report: Report): Promise<{ coverage: Coverage; provenance: Provenance }> {
  const name = shown(io, resolve(io.cwd, file));
  const json = await readJson(io, file);
  const bad = () => new CliError(msg.badRollupDetails(name));
  if (!isObject(json) || !isObject(json.coverage) || !isObject(json.provenance)) throw bad();
  const coverage = json.coverage;
  for (const key of ["expected", "reported", "missing", "late", "duplicates"]) {
    if (coverage[key] !== undefined && !isCodes(coverage[key])) throw bad();
  }
  if (!isCodes(coverage.expected) || !isCodes(coverage.reported) || !isCodes(coverage.missing)) throw bad();
  for (const list of Object.values(json.provenance)) {
    if (!Array.isArray(list) || !list.every(isContribution)) throw bad();
  }
  const unit = isObject(json.unit) ? json.unit : undefined;
  if ((unit !== undefined && unit.code !== report.unit.code) || (json.period !== undefined && json.period !== report.period)) {
    throw new CliError(msg.detailsOfAnother(name, `${String(unit?.code ?? report.unit.code)} · ${String(json.period ?? report.period)}`, `${report.unit.code} · ${report.period}`));
  }
  const index = units2025();
  const children = [...coverage.expected, ...coverage.reported];
  const stranger = children.find((c) => index.byCode.has(c) && index.byCode.get(c)?.parent !== report.unit.code);
  if (stranger !== undefined) throw new CliError(msg.detailsNotChildren(name, stranger, report.unit.name));
  const late = isCodes(coverage.late) ? coverage.late : [];
  const duplicates = isCodes(coverage.duplicates) ? coverage.duplicates : [];
  const perFigure = isObject(coverage.perFigure) ? coverage.perFigure : {};
  return {
    coverage: { ...(coverage as unknown as Coverage), late, duplicates, perFigure: perFigure as Coverage["perFigure"] },
    provenance: json.provenance as unknown as Provenance,
  };
}

/** Runs `render`. */
export async function renderCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("render", argv, {
    out: { type: "string", short: "o" },
    rollup: { type: "string" },
    figures: { type: "boolean" },
    "no-figures": { type: "boolean" },
    form: { type: "boolean" },
    catalog: { type: "string" },
  });
  if (values.help) {
    io.out(helpText({ vi: HELP_VI, en: HELP_EN }));
    return EXIT.ok;
  }
  const [input, ...extra] = positionals;
  if (input === undefined) throw new CliError(msg.needInput(msg.what.reportToRender, "render"), EXIT.usage);
  if (extra.length > 0) throw new CliError(msg.oneInput("render"), EXIT.usage);
  if (values.out === undefined) throw new CliError(msg.needInput(msg.what.outDocx, "render"), EXIT.usage);
  const inputs = values.rollup !== undefined ? [input, values.rollup] : [input];
  checkOutputs(io, [values.out], inputs);
  const report = await readReport(io, input);
  const rollup = values.rollup !== undefined ? await readRollupDetails(io, values.rollup, report) : undefined;
  // The Word writer (docx) is loaded only by the commands that write Word: other commands start faster.
  const catalog = values.catalog !== undefined ? await readCatalog(io, values.catalog) : undefined;
  const { renderDocx } = await import("../render/index.js");
  const bytes = await renderDocx(report, {
    ...(catalog ? { catalog } : {}),
    ...(values.figures === true ? { figuresTable: true } : values["no-figures"] === true ? { figuresTable: false } : {}),
    form: values.form === true,
    ...(rollup ? { rollup } : {}),
  });
  const out = await writeOutput(io, values.out, bytes, inputs);
  io.out(msg.written(msg.what.wordFile(msg.kb(bytes.length)), shown(io, out)));
  return EXIT.ok;
}
