/**
 * The command-line front of the SDK (the only code that touches files): dispatches
 * `validate`, `rollup`, `render`, `schema` and `demo`, and turns failures into a Vietnamese
 * message and an exit code (0 done, 1 errors in the input or a file that cannot be used,
 * 2 wrong usage).
 */
import { countryCommand } from "./country.js";
import { demoCommand } from "./demo.js";
import type { Io } from "./io.js";
import { CliError, EXIT, msg } from "./messages.js";
import { renderCommand } from "./render.js";
import { rollupCommand } from "./rollup.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

/** A command: its arguments after the command name → exit code. */
export type Command = (argv: readonly string[], io: Io) => Promise<number>;

export const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly summary: string }>> = {
  validate: { run: validateCommand, summary: "kiểm tra một hoặc nhiều báo cáo (lược đồ, số liệu, câu chữ)" },
  rollup: { run: rollupCommand, summary: "tổng hợp báo cáo các đơn vị cấp dưới thành báo cáo cấp trên" },
  country: { run: countryCommand, summary: "tổng hợp cả nước trong một lần chạy: xã → 34 tỉnh → toàn quốc" },
  render: { run: renderCommand, summary: "xuất báo cáo ra tệp Word (.docx) theo Nghị định 30/2020/NĐ-CP" },
  schema: { run: schemaCommand, summary: "in JSON Schema của báo cáo (cho hệ thống không dùng TypeScript)" },
  demo: { run: demoCommand, summary: "chạy trình diễn trên dữ liệu mẫu: kiểm tra, tổng hợp, xuất Word" },
};

export const MAIN_HELP = [
  "de-an-06 — bộ công cụ báo cáo Đề án 06",
  "",
  "Cách dùng: de-an-06 <lệnh> [tùy chọn]",
  "",
  "Lệnh:",
  ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`),
  "",
  "Tùy chọn:",
  "  -h, --help     hướng dẫn này",
  "  -v, --version  in phiên bản của gói",
  "",
  "Xem hướng dẫn từng lệnh: de-an-06 <lệnh> --help",
  "Mã thoát: 0 xong, 1 đầu vào có lỗi hoặc tệp không dùng được, 2 sai cách dùng.",
].join("\n");

/** Runs the CLI with the arguments after the program name; never throws. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Lỗi: ${msg.unknownCommand(name)}`);
    return EXIT.usage;
  }
  // With --json, a failure is JSON on stdout too (a program reading stdout never gets plain text).
  const json = rest.includes("--json");
  try {
    return await command.run(rest, io);
  } catch (error) {
    const known = error instanceof CliError;
    const exitCode = known ? error.exitCode : EXIT.failed;
    if (json) {
      const message = known ? error.message : msg.unexpected(error instanceof Error ? error.message : String(error));
      io.out(JSON.stringify({ ok: false, error: { kind: exitCode === EXIT.usage ? "usage" : known ? "input" : "unexpected", message }, exitCode }, null, 2));
      return exitCode;
    }
    if (known) io.err(`Lỗi: ${error.message}`);
    else io.err(msg.unexpected(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return exitCode;
  }
}

/** The package version, inlined at build time by tsup (`define`), read from package.json otherwise. */
declare const __DE_AN_06_VERSION__: string | undefined;
const VERSION = typeof __DE_AN_06_VERSION__ === "string" ? __DE_AN_06_VERSION__ : "dev";
