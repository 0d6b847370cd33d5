import { Type } from 'typebox';

/**
 * One of a list of strings, as a JSON Schema `anyOf` of constants, typed as their union: building
 * the union by mapping over the list would lose the literal types.
 */
export function literalUnion<T extends string>(values: readonly T[]) {
  return Type.Unsafe<T>(Type.Union(values.map((value) => Type.Literal(value))));
}
