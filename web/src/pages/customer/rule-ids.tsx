/** Rule ids as the terms name them (bit:12.1, vn:1.6.1), each readable by a screen reader. */
export function RuleIds({ ids, label }: { ids: readonly string[]; label?: string }) {
  if (ids.length === 0) return null;
  return (
    <span className="rule" aria-label={label ? `${label}: ${ids.join(', ')}` : undefined}>
      {ids.join(' · ')}
    </span>
  );
}
