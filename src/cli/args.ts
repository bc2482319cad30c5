/**
 * Argument parsing on `node:util` `parseArgs`, with its English errors turned into Vietnamese
 * usage errors (exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Locale } from "../index.js";
import { CliError, EXIT, msg } from "./messages.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The options every command understands. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  // Read by runCli before the command runs (every message follows it); accepted by every command.
  locale: { type: "string" },
} as const satisfies Options;

/** Parses a command's arguments strictly; unknown options and missing values are usage errors. */
export function parseCommandArgs<const O extends Options>(command: string, argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const text = e.message ?? String(error);
    const option = /--[\w-]+/.exec(text)?.[0] ?? /-\w/.exec(text)?.[0] ?? "";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(msg.unknownOption(option, command), EXIT.usage);
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new CliError(text.includes("does not take") ? msg.noValue(option) : msg.missingValue(option), EXIT.usage);
    }
    throw new CliError(msg.badArgs(text, command), EXIT.usage);
  }
}

/** Reads `--locale`: `vi` (default) or `en`. */
export function localeOption(value: string | undefined): Locale {
  if (value === undefined || value === "vi") return "vi";
  if (value === "en") return "en";
  throw new CliError(msg.badLocale(value), EXIT.usage);
}
