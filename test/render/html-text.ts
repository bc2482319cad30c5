/**
 * Reads an HTML preview back for tests (the writer's output is regular:
 * XHTML-like markup: every element closed, every attribute quoted, void elements `meta`, `col`,
 * `hr`): its tags, its headings and its body paragraphs' text.
 */

/** Every tag name opened in the markup, lower case (doctype as "!doctype"). */
export function htmlTags(html: string): string[] {
  return [...html.matchAll(/<(!?[A-Za-z][A-Za-z0-9-]*)/gu)].map((m) => (m[1] ?? "").toLowerCase());
}

const ENTITY: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The text of a piece of markup: tags dropped, entities decoded. */
export function textOfHtml(html: string): string {
  return html.replace(/<[^>]*>/gu, "").replace(/&(amp|lt|gt|quot|#39);/gu, (e) => ENTITY[e] ?? e);
}

/** The headings (`h2`–`h5` with class "heading") and body paragraphs (`p.body`) of a preview, in order. */
export function htmlBlocks(html: string): { headings: string[]; body: string[] } {
  const headings: string[] = [];
  const body: string[] = [];
  for (const m of html.matchAll(/<(h[2-6]) class="heading[^"]*"[^>]*>(.*?)<\/\1>|<p class="body">(.*?)<\/p>/gsu)) {
    if (m[1] !== undefined) {
      const text = textOfHtml((m[2] ?? "").replace(/<sup class="fn-ref">.*?<\/sup>/gsu, ""));
      headings.push(text);
      body.push(text);
    } else body.push(textOfHtml((m[3] ?? "").replace(/<sup class="fn-ref">.*?<\/sup>/gsu, "")));
  }
  return { headings, body };
}

