/*
 * Reading the author's heading tree: pure functions over parsed bodies, apart from the zod
 * schemas (body.ts) so that code that only reads parsed reports (the renderer) does not load zod.
 */
import type { BodyNode, Paragraph } from "./body.js";

/**
 * The plain text of a paragraph: runs joined, footnote markers left out.
 *
 * @category Schema
 * @example
 * ```ts
 * paragraphText({ runs: [{ text: "15 văn bản" }, { footnote: "1" }, { text: " chỉ đạo" }] }); // "15 văn bản chỉ đạo"
 * ```
 */
export function paragraphText(p: Paragraph): string {
  if (typeof p === "string") return p;
  let out = "";
  for (const r of p.runs) if ("text" in r) out += r.text;
  return out;
}

/**
 * The heading line of a node as written: numbering and title joined by a space ("1.1. Công tác
 * chỉ đạo"), or the numbering alone, or "" for a node with neither.
 *
 * @category Schema
 * @example
 * ```ts
 * headingText({ numbering: "II.", title: "KẾT QUẢ", paragraphs: [], children: [], outline: [] }); // "II. KẾT QUẢ"
 * ```
 */
export function headingText(node: Pick<BodyNode, "numbering" | "title">): string {
  if (node.numbering && node.title) return `${node.numbering} ${node.title}`;
  return node.title ?? node.numbering ?? "";
}

/**
 * One node met by {@link walkBody}: the node, its path of indices from the body's root, and its
 * ancestors (outermost first).
 *
 * @category Schema
 * @example
 * ```ts
 * for (const { node, depth } of walkBody(report.body)) console.log(depth, headingText(node));
 * ```
 */
export interface BodyVisit {
  readonly node: BodyNode;
  /** Indices from the root: `[1, 0]` is the first child of the second top-level node. */
  readonly indices: readonly number[];
  /** 0 for a top-level node. */
  readonly depth: number;
  readonly ancestors: readonly BodyNode[];
}

/**
 * Every node of a body in document order (pre-order, depth first), without recursion limits of
 * the call stack.
 *
 * @category Schema
 * @example
 * ```ts
 * const tagged = [...walkBody(report.body)].filter((v) => v.node.outline.includes("3.1"));
 * ```
 */
export function* walkBody(body: readonly BodyNode[]): Generator<BodyVisit> {
  const stack: { nodes: readonly BodyNode[]; i: number; indices: number[]; ancestors: BodyNode[] }[] = [
    { nodes: body, i: 0, indices: [], ancestors: [] },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const index = top.i++;
    const node = top.nodes[index]!;
    const indices = [...top.indices, index];
    yield { node, indices, depth: indices.length - 1, ancestors: top.ancestors };
    if (node.children.length > 0) stack.push({ nodes: node.children, i: 0, indices, ancestors: [...top.ancestors, node] });
  }
}

/**
 * The outline tags that apply to a node: its own and those of its ancestors (a paragraph under
 * "II. KẾT QUẢ / 2.2." tagged "3" answers section 3).
 *
 * @category Schema
 * @example
 * ```ts
 * for (const v of walkBody(report.body)) effectiveOutline(v); // ["3", "3.1"]
 * ```
 */
export function effectiveOutline(visit: Pick<BodyVisit, "node" | "ancestors">): string[] {
  const tags: string[] = [];
  for (const a of visit.ancestors) for (const t of a.outline) if (!tags.includes(t)) tags.push(t);
  for (const t of visit.node.outline) if (!tags.includes(t)) tags.push(t);
  return tags;
}
