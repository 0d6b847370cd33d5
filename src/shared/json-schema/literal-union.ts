import { Type } from 'typebox';

/**
 * One of a list of strings, as a JSON Schema `enum`, typed as their union (building the union by
 * mapping over the list would lose the literal types). An `enum` rather than an `anyOf` of constants:
 * a wrong value is then refused naming the values allowed, and OpenAPI lists them.
 */
export function literalUnion<T extends string>(values: readonly T[]) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values] });
}
