// The `de-an-06` command (package.json "bin"): runs the CLI on the real terminal and sets the exit code.
import { runCli } from "./cli.js";
import { processIo } from "./io.js";

process.exitCode = await runCli(process.argv.slice(2), processIo);
