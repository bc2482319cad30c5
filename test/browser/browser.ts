/**
 * Helpers of the browser test: bundle the BUILT package entries for the browser with esbuild,
 * serve them on 127.0.0.1, and start Debian's Chromium (never a downloaded browser) through
 * playwright-core with a fresh profile.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Bundles a browser script whose imports point at built files; returns the JS text. */
export async function bundleForBrowser(source: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: "page.js", loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Serves fixed routes (path → [content type, body]) on 127.0.0.1 on a free port. */
export async function serve(routes: Readonly<Record<string, readonly [string, string]>>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const route = routes[(req.url ?? "/").split("?")[0] ?? "/"];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": route[0], "cache-control": "no-store" }).end(route[1]);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Starts headless Chromium with a throw-away profile; `close` removes it again. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Không thấy Chromium ở ${CHROMIUM}: cài gói Debian bằng \`apt-get install -y chromium\` (.ci/run tự làm).`);
  }
  const profile = mkdtempSync(join(tmpdir(), "de-an-06-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
