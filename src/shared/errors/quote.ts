/** Quotes a user's input for a message, shortened so a huge input cannot flood a log line. */
export function quote(value: unknown): string {
  const shown = typeof value === 'string' ? value : String(value);
  return `'${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}'`;
}
