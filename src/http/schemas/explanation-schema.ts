import { Type } from 'typebox';
import type { TSchema } from 'typebox';

// The use cases answer rule ids as readonly arrays; the schema is the same.
const RuleIds = Type.Unsafe<readonly string[]>(
  Type.Array(Type.String(), { description: 'The rule ids that produced the answer' }),
);
const Figures = Type.Record(Type.String(), Type.Unknown(), {
  description: 'The intermediate figures of the rule',
});

/** An `Explanation` (src/shared/explanation) of `value`: the value, the rule ids and the figures. */
export const explanation = <T extends TSchema>(value: T, description: string) =>
  Type.Object({ value, because: RuleIds, figures: Figures }, { description });
