/**
 * A numeric column as the server answers it, padded to the column's scale ("12.500000", "21.00"),
 * written as people write it ("12.5", "21").
 */
export function trimNumeric(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
