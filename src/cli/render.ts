/**
 * `de-an-06 render <report.json> -o <out.docx> [--rollup details.json] [--draft]`: writes the
 * report as a Word document in the Nghị định 30/2020/NĐ-CP layout.
 */
import { renderDocx } from "../render/index.js";
import type { Coverage, Provenance } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { readCatalog } from "./catalog.js";
import { readJson, readReport, shown, writeOutput, type Io } from "./io.js";
import { CliError, EXIT, msg } from "./messages.js";
import { resolve } from "node:path";

const HELP = `Cách dùng: de-an-06 render <báo-cáo.json> -o <báo-cáo.docx>

Xuất báo cáo ra tệp Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP: khổ A4, phông Times New
Roman, quốc hiệu và tiêu ngữ, số và ký hiệu, địa danh và ngày tháng, “Kính gửi”, nội dung theo đề
cương kèm bảng số liệu từng mục, “Nơi nhận” và chữ ký. Cùng báo cáo cho ra cùng một tệp.

Tùy chọn:
  -o, --out <tệp.docx>     nơi ghi tệp Word
  --rollup <chi-tiết.json> độ bao phủ và nguồn số liệu do “rollup --details” ghi: thêm phụ lục
                           số liệu từng đơn vị cấp dưới
  --draft                  thêm các câu viết sẵn từ số liệu sau phần lời của tác giả (bản nháp)
  --no-figures             không in bảng số liệu trong từng mục
  --catalog <tệp.json>     danh mục bổ sung của địa phương: nhãn, đơn vị, mục tiêu của số liệu mới
  -h, --help               hướng dẫn này`;

/** Reads a `rollup --details` file: the coverage and provenance the appendix needs. */
async function readRollupDetails(io: Io, file: string): Promise<{ coverage: Coverage; provenance: Provenance }> {
  const json = (await readJson(io, file)) as { coverage?: Coverage; provenance?: Provenance } | null;
  if (!json || typeof json !== "object" || typeof json.coverage !== "object" || typeof json.provenance !== "object") {
    throw new CliError(msg.badRollupDetails(shown(io, resolve(io.cwd, file))));
  }
  return { coverage: json.coverage, provenance: json.provenance };
}

/** Runs `render`. */
export async function renderCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("render", argv, {
    out: { type: "string", short: "o" },
    rollup: { type: "string" },
    draft: { type: "boolean" },
    "no-figures": { type: "boolean" },
    catalog: { type: "string" },
  });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const [input, ...extra] = positionals;
  if (input === undefined) throw new CliError(msg.needInput("tệp báo cáo cần xuất", "render"), EXIT.usage);
  if (extra.length > 0) throw new CliError(msg.oneInput("render"), EXIT.usage);
  if (values.out === undefined) throw new CliError(msg.needInput("-o (tệp .docx kết quả)", "render"), EXIT.usage);
  const report = await readReport(io, input);
  const rollup = values.rollup !== undefined ? await readRollupDetails(io, values.rollup) : undefined;
  const catalog = values.catalog !== undefined ? await readCatalog(io, values.catalog) : undefined;
  const bytes = await renderDocx(report, {
    ...(catalog ? { catalog } : {}),
    draft: values.draft === true,
    figures: values["no-figures"] !== true,
    ...(rollup ? { rollup } : {}),
  });
  const out = await writeOutput(io, values.out, bytes);
  io.out(msg.written(`tệp Word (${msg.kb(bytes.length)})`, shown(io, out)));
  return EXIT.ok;
}
