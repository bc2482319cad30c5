/** `de-an-06 schema`: prints the report's JSON Schema (draft 2020-12), or writes it with `-o`. */
import { reportJsonSchema } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { shown, writeOutput, type Io } from "./io.js";
import { EXIT, helpText, msg } from "./messages.js";

const HELP_VI = `Cách dùng: de-an-06 schema [-o schema.json]

In JSON Schema (draft 2020-12) của báo cáo Đề án 06, có tiêu đề và mô tả tiếng Việt: hợp đồng dữ liệu
cho hệ thống không viết bằng TypeScript (Java, .NET, Python…).

Tùy chọn:
  -o, --out <tệp>   ghi ra tệp thay vì in ra màn hình
  --locale <vi|en>  ngôn ngữ của thông báo (tiêu đề, mô tả trong lược đồ vẫn bằng tiếng Việt)
  -h, --help        hướng dẫn này`;

const HELP_EN = `Usage: de-an-06 schema [-o schema.json]

Prints the JSON Schema (draft 2020-12) of a Đề án 06 report, with Vietnamese titles and descriptions:
the data contract for systems not written in TypeScript (Java, .NET, Python…).

Options:
  -o, --out <file>  write to a file instead of printing
  --locale <vi|en>  language of the messages (the schema's titles and descriptions stay in Vietnamese)
  -h, --help        this help`;

/** Runs `schema`. */
export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("schema", argv, { out: { type: "string", short: "o" } });
  if (values.help) {
    io.out(helpText({ vi: HELP_VI, en: HELP_EN }));
    return EXIT.ok;
  }
  const text = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
  if (values.out === undefined) {
    io.out(text.trimEnd());
  } else {
    const path = await writeOutput(io, values.out, text);
    io.err(msg.written(msg.what.schemaFile, shown(io, path)));
  }
  return EXIT.ok;
}
