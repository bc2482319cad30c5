// The `de-an-06` command (package.json "bin"): runs the CLI on the real terminal and sets the exit code.
import { runCli } from "./cli.js";
import { processIo } from "./io.js";

// A reader that stops early (`de-an-06 validate … | head -1`) closes the pipe: stop quietly, with
// the exit code so far, instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo);
