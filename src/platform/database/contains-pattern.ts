/**
 * An ILIKE pattern matching `text` anywhere, with `%`, `_` and `\` in it taken literally: what
 * every "search a part of …" of the lists asks (served by trigram indexes where the table is large).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
