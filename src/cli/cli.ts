/**
 * The command-line front of the SDK (the only code that touches files): dispatches
 * `validate`, `rollup`, `country`, `render`, `schema` and `demo`, and turns failures into a
 * message (Vietnamese, or English with `--locale en`) and an exit code (0 done, 1 errors in the input or a file that cannot be used,
 * 2 wrong usage).
 */
import { countryCommand } from "./country.js";
import { demoCommand } from "./demo.js";
import type { Io } from "./io.js";
import { CliError, EXIT, msg, withCliLocale } from "./messages.js";
import { renderCommand } from "./render.js";
import { rollupCommand } from "./rollup.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

/** A command: its arguments after the command name → exit code. */
export type Command = (argv: readonly string[], io: Io) => Promise<number>;

export const COMMANDS: Readonly<Record<string, { readonly run: Command }>> = {
  validate: { run: validateCommand },
  rollup: { run: rollupCommand },
  country: { run: countryCommand },
  render: { run: renderCommand },
  schema: { run: schemaCommand },
  demo: { run: demoCommand },
};

/** The main help, in the run's locale. */
export function mainHelp(): string {
  const summaries = msg.commandSummaries;
  return msg.mainHelp(Object.keys(COMMANDS).map((name) => `  ${name.padEnd(9)} ${summaries[name] ?? ""}`).join("\n"));
}

/**
 * The `--locale` of a command line, wherever it stands (`--locale en`, `--locale=en`), and the
 * arguments without it when it comes before the command name (`de-an-06 --locale en validate …`).
 */
function splitLocale(argv: readonly string[]): { locale: string | undefined; rest: readonly string[] } {
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--locale") locale = argv[i + 1];
    else if (a.startsWith("--locale=")) locale = a.slice("--locale=".length);
  }
  const first = argv[0];
  if (first === "--locale") return { locale, rest: argv.slice(2) };
  if (first?.startsWith("--locale=")) return { locale, rest: argv.slice(1) };
  return { locale, rest: argv };
}

/** Runs the CLI with the arguments after the program name; never throws. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const { locale, rest } = splitLocale(argv);
  if (locale !== "en" && locale !== undefined && locale !== "vi") {
    return withCliLocale("vi", () => {
      io.err(`${msg.errorPrefix}: ${msg.badLocale(locale)}`);
      return EXIT.usage;
    });
  }
  return withCliLocale(locale ?? "vi", () => run(rest, io));
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${msg.errorPrefix}: ${msg.unknownCommand(name)}`);
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
    if (known) io.err(`${msg.errorPrefix}: ${error.message}`);
    else io.err(msg.unexpected(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return exitCode;
  }
}

/** The package version, inlined at build time by tsup (`define`), read from package.json otherwise. */
declare const __DE_AN_06_VERSION__: string | undefined;
const VERSION = typeof __DE_AN_06_VERSION__ === "string" ? __DE_AN_06_VERSION__ : "dev";
