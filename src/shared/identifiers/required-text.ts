import { InvalidInputError } from '../errors/index.ts';

/**
 * The text of one input field, trimmed. Input arrives from JSON, CSV and forms, so a number or
 * `null` where text belongs is refused here, once, with a message naming the field.
 */
export function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    const type = typeof value;
    const kind =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'a list'
          : type === 'object'
            ? 'an object'
            : `a ${type}`;
    throw new InvalidInputError(field, value === undefined ? 'is required' : `must be text, not ${kind}`);
  }
  const trimmed = value.trim();
  if (trimmed === '') throw new InvalidInputError(field, 'is empty');
  return trimmed;
}

/** Removes the separators people type inside identifiers: spaces (also no-break ones) and `chars`. */
export function withoutSeparators(text: string, chars: string): string {
  let result = '';
  for (const char of text) if (!/\s/u.test(char) && !chars.includes(char)) result += char;
  return result;
}
