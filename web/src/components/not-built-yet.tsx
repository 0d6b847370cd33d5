/** Marks a screen whose route exists but whose content is still being written (removed when all are). */
export function NotBuiltYet({ name }: { name: string }) {
  return <p className="muted">{name}</p>;
}
