/**
 * Extracts the ```ts code blocks of the README and the guides so that they can be typechecked
 * against the sources and run. A block written ```ts no-run is only typechecked. In a block,
 * `console.log(x); // → text` (or the comment alone on the next line) states what the line
 * prints: the test checks it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { formatWithOptions } from "node:util";
import { ROOT } from "../package/built.js";

export interface CodeBlock {
  /** `docs/tich-hop.md#3` — file and 1-based block number, for messages. */
  readonly id: string;
  /** A file name for the block (`docs-tich-hop-3.ts`). */
  readonly fileName: string;
  readonly line: number;
  readonly code: string;
  readonly run: boolean;
  /**
   * One entry per `console.log(` line, in order: the text its `// → …` comment says it prints,
   * or `null` for a line without one (printed, not checked).
   */
  readonly expected: readonly (string | null)[];
}

/** Markdown files whose code blocks are tested: README.md and docs/*.md. */
export function documentedFiles(): string[] {
  const guides = readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`)
    .sort();
  return ["README.md", ...guides];
}

const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```\s*$/gm;
const LOG = /console\.log\(/;
const EXPECT = /\/\/\s*→\s*(.*)$/;

/** The ```ts / ```typescript blocks of one markdown file. */
export function codeBlocks(file: string): CodeBlock[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const blocks: CodeBlock[] = [];
  for (const m of text.matchAll(FENCE)) {
    const [, lang = "", info = "", code = ""] = m;
    if (lang !== "ts" && lang !== "typescript") continue;
    const n = blocks.length + 1;
    const lines = code.split("\n");
    const expected = lines.flatMap((l, i) => {
      if (!LOG.test(l)) return [];
      // The comment may stand on the line itself or, for a long line, on the next one.
      const comment = EXPECT.exec(l) ?? (/^\s*\/\/\s*→/.test(lines[i + 1] ?? "") ? EXPECT.exec(lines[i + 1] ?? "") : null);
      return [comment?.[1]?.trim() ?? null];
    });
    blocks.push({
      id: `${file}#${n}`,
      fileName: `${file.replace(/\.md$/, "").replace(/[^\w-]+/g, "-")}-${n}.ts`,
      line: text.slice(0, m.index).split("\n").length,
      code,
      run: !/\bno-run\b/.test(info),
      expected,
    });
  }
  return blocks;
}

/** What a console.log argument list prints (as Node prints it, on one line), for a `// →` comment. */
export function printed(args: readonly unknown[]): string {
  return formatWithOptions({ colors: false, breakLength: Number.POSITIVE_INFINITY }, ...args);
}
