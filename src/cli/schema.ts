/** `de-an-06 schema`: prints the report's JSON Schema (draft 2020-12), or writes it with `-o`. */
import { reportJsonSchema } from "../index.js";
import { parseCommandArgs } from "./args.js";
import { shown, writeOutput, type Io } from "./io.js";
import { EXIT, msg } from "./messages.js";

const HELP = `Cách dùng: de-an-06 schema [-o schema.json]

In JSON Schema (draft 2020-12) của báo cáo Đề án 06, có tiêu đề và mô tả tiếng Việt: hợp đồng dữ liệu
cho hệ thống không viết bằng TypeScript (Java, .NET, Python…).

Tùy chọn:
  -o, --out <tệp>   ghi ra tệp thay vì in ra màn hình
  -h, --help        hướng dẫn này`;

/** Runs `schema`. */
export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("schema", argv, { out: { type: "string", short: "o" } });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const text = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
  if (values.out === undefined) {
    io.out(text.trimEnd());
  } else {
    const path = await writeOutput(io, values.out, text);
    io.err(msg.written("JSON Schema", shown(io, path)));
  }
  return EXIT.ok;
}
