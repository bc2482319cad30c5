/**
 * The code in the README and the guides works: every ```ts block typechecks against the sources
 * (`de-an-06` → src/index.ts, `de-an-06/render`, `de-an-06/communes`, `de-an-06/testing`) under the project's strict
 * options, and every block not marked `no-run` runs, printing what its `// →` comments say.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ROOT } from "../package/built.js";
import { codeBlocks, documentedFiles, printed, type CodeBlock } from "./blocks.js";

// Inside the repository (under node_modules/.cache) so that packages the examples import resolve.
const cache = join(ROOT, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, "de-an-06-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = documentedFiles();
const blocks: CodeBlock[] = files.flatMap(codeBlocks);
for (const b of blocks) writeFileSync(join(dir, b.fileName), `${b.code}\nexport {};\n`);

function typecheck(): Map<string, string[]> {
  const configFile = ts.readConfigFile(join(ROOT, "tsconfig.json"), (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const program = ts.createProgram(
    blocks.map((b) => join(dir, b.fileName)),
    {
      ...options,
      noEmit: true,
      baseUrl: ROOT,
      typeRoots: [join(ROOT, "node_modules/@types")],
      paths: {
        "de-an-06": ["src/index.ts"],
        "de-an-06/render": ["src/render/index.ts"],
        "de-an-06/communes": ["src/communes/index.ts"],
        "de-an-06/testing": ["src/testing/index.ts"],
        "de-an-06/testing/vitest": ["src/testing/vitest.ts"],
      },
    },
  );
  const byFile = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || !d.file.fileName.startsWith(dir)) continue;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const list = byFile.get(d.file.fileName) ?? [];
    list.push(`dòng ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    byFile.set(d.file.fileName, list);
  }
  return byFile;
}

describe("code blocks of the README and the guides", () => {
  it("there are blocks to test in the README and in every guide", () => {
    expect(files).toContain("README.md");
    for (const guide of [
      "docs/mo-hinh-du-lieu.md",
      "docs/chi-tieu-va-quy-tac-tuy-bien.md",
      "docs/tich-hop.md",
      "docs/chu-trinh-bao-cao.md",
      "docs/the-thuc-van-ban.md",
      "docs/viet-kiem-thu.md",
    ]) {
      expect(blocks.filter((b) => b.id.startsWith(`${guide}#`)).length, guide).toBeGreaterThan(0);
    }
  });

  it("typecheck against the sources", () => {
    const errors = typecheck();
    const report = blocks
      .filter((b) => errors.has(join(dir, b.fileName)))
      .map((b) => `${b.id} (dòng ${b.line} của tệp md):\n  ${(errors.get(join(dir, b.fileName)) ?? []).join("\n  ")}`);
    expect(report).toEqual([]);
  }, 120_000);

  for (const b of blocks.filter((x) => x.run)) {
    it(`${b.id} runs and prints what it says`, async () => {
      const logged: string[] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        logged.push(printed(args));
      });
      try {
        await import(join(dir, b.fileName));
      } finally {
        spy.mockRestore();
      }
      // Each console.log line printed once (no loops), so outputs pair with lines in order.
      if (b.expected.some((e) => e !== null)) {
        expect(logged.length, "một dòng in ra cho mỗi console.log").toBe(b.expected.length);
        const pairs = b.expected.flatMap((e, i) => (e === null ? [] : [[logged[i], e]]));
        expect(pairs.map(([got]) => got)).toEqual(pairs.map(([, want]) => want));
      }
    });
  }
});
