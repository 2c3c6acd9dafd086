const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes `& < > " '` as character references, so text can go into HTML content or a quoted attribute. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
