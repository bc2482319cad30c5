/**
 * Escaping for the HTML preview: every text of the model goes through {@link escapeHtml}, so a
 * report's text is always text, never markup ("<script>", quotes in attributes, "&").
 */

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value with `& < > " '` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
