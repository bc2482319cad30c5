import type { Report } from "../schema/report.js";
import { docxText } from "./docx-text.js";

/**
 * Golden-file tests of rendered documents, by text: render a report (with the `render` function
 * you pass, so this entry never imports docx), read the document's text back ({@link docxText})
 * and compare it, line by line, with a stored expectation. The comparison is pure; where the
 * expectation lives is yours (a file read with node:fs, vitest's `toMatchFileSnapshot`, a
 * string in the test).
 */

/**
 * A renderer: report (and options) → document bytes, such as `renderDocx` of `de-an-06/render`.
 *
 * @category Testing
 * @example
 * ```ts
 * import { renderDocx } from "de-an-06/render";
 * const render: DocumentRenderer = (r) => renderDocx(r);
 * ```
 */
export type DocumentRenderer = (report: Report) => Promise<Uint8Array> | Uint8Array;

/**
 * The result of {@link compareGoldenText}.
 *
 * @category Testing
 * @example
 * ```ts
 * const r: GoldenResult = { pass: true, actual: "BÁO CÁO", diff: [], message: "" };
 * ```
 */
export interface GoldenResult {
  readonly pass: boolean;
  /** The document's text: what to store when the expectation is new or meant to change. */
  readonly actual: string;
  /** The lines that differ: `- expected` and `+ actual`, with their line numbers. */
  readonly diff: readonly string[];
  /** Empty when it passes; else a Vietnamese and English summary with the diff. */
  readonly message: string;
}

/** Lines to compare: trailing spaces and final empty lines are not meaningful. */
const lines = (text: string) => text.normalize("NFC").replace(/\r\n/g, "\n").replace(/[ \t]+$/gm, "").replace(/\n+$/, "").split("\n");

/**
 * Compares a document's text with the expected text, line by line (trailing spaces, line endings
 * and Unicode normalisation ignored).
 *
 * @category Testing
 * @example
 * ```ts
 * compareGoldenText("BÁO CÁO\nKết quả", "BÁO CÁO\nKết quả\n").pass; // true
 * ```
 */
export function compareGoldenText(actual: string, expected: string): GoldenResult {
  const a = lines(actual);
  const e = lines(expected);
  const diff: string[] = [];
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] === e[i]) continue;
    if (e[i] !== undefined) diff.push(`${i + 1} - ${e[i]}`);
    if (a[i] !== undefined) diff.push(`${i + 1} + ${a[i]}`);
  }
  const pass = diff.length === 0;
  const shown = diff.slice(0, 40);
  return {
    pass,
    actual,
    diff,
    message: pass
      ? ""
      : [
          `Văn bản khác bản mẫu ở ${diff.length} dòng / the document's text differs from the golden text (${diff.length} lines):`,
          ...shown,
          ...(diff.length > shown.length ? [`… (${diff.length - shown.length} dòng nữa / more)`] : []),
        ].join("\n"),
  };
}

/**
 * Renders a report and compares the document's text with the expected text.
 *
 * @category Testing
 * @summary Golden test of a rendered report, by text.
 * @param report - The report to render.
 * @param render - The renderer (`renderDocx`, or yours).
 * @param expected - The stored text (e.g. `readFileSync("golden/xa.txt", "utf8")`).
 * @example
 * ```ts
 * const result = await checkGolden(report, renderDocx, readFileSync("test/golden/xa.txt", "utf8"));
 * if (!result.pass) throw new Error(result.message);
 * ```
 */
export async function checkGolden(report: Report, render: DocumentRenderer, expected: string): Promise<GoldenResult> {
  return compareGoldenText(await renderedText(report, render), expected);
}

/**
 * The text of a report as a renderer prints it — what to store as the golden text, or to give to
 * vitest's `toMatchFileSnapshot`.
 *
 * @category Testing
 * @example
 * ```ts
 * await expect(await renderedText(report, renderDocx)).toMatchFileSnapshot("golden/xa.txt");
 * ```
 */
export async function renderedText(report: Report, render: DocumentRenderer): Promise<string> {
  return docxText(await render(report));
}
