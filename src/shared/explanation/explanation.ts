/**
 * Every rule returns its value together with the rule ids that produced it and the
 * intermediate figures, so the API, CLI and documents can show a customer *why*.
 *
 * Rule ids are `<profile>:<article>` (`bit:12.2`, `vn:6.4.10`) or `nl:<law>` (`nl:bik`),
 * as listed in shared/terms/CLAUSES.md; an operator's own profile brings its own prefix.
 */
export type RuleId = `${string}:${string}`;

/** A figure is a plain, JSON-safe value: dates and amounts are passed as strings or cents. */
export type Figure =
  string | number | boolean | null | readonly Figure[] | { readonly [key: string]: Figure };

export type Figures = Readonly<Record<string, Figure>>;

/** `F` names the figures a rule shows, so the API and CLI can rely on them. */
export interface Explanation<T, F extends Figures = Figures> {
  readonly value: T;
  readonly because: readonly RuleId[];
  readonly figures: F;
}

export function explain<T, F extends Figures = Figures>(
  value: T,
  because: readonly RuleId[],
  figures: F = {} as F,
): Explanation<T, F> {
  return { value, because: dedupe(because), figures };
}

/**
 * Builds on earlier explanations: the rule ids of each input come first, in order, then the
 * new ones, each id once.
 */
export function explainFrom<T, F extends Figures = Figures>(
  value: T,
  inputs: readonly Explanation<unknown>[],
  because: readonly RuleId[],
  figures: F = {} as F,
): Explanation<T, F> {
  return explain(value, [...inputs.flatMap((input) => input.because), ...because], figures);
}

function dedupe(ids: readonly RuleId[]): RuleId[] {
  return [...new Set(ids)];
}

/**
 * The flat shape the CLI and the API show: the value under its own name, the rule ids, then the
 * figures (a figure never overwrites the value or the rule ids).
 */
export type Presented<N extends string, V extends Figure, F extends Figures> = { [K in N]: V } & {
  because: RuleId[];
} & Omit<F, N | 'because'>;

export function presentExplanation<N extends string, T, V extends Figure, F extends Figures>(
  valueName: N,
  explanation: Explanation<T, F>,
  show: (value: T) => V,
): Presented<N, V, F> {
  const figures = Object.entries(explanation.figures).filter(
    ([name]) => name !== valueName && name !== 'because',
  );
  const presented = {
    [valueName]: show(explanation.value),
    because: [...explanation.because],
    ...Object.fromEntries(figures),
  };
  return presented as Presented<N, V, F>;
}
