/**
 * The unique constraint or index a failed write ran into (PostgreSQL error 23505), or undefined
 * for any other error. Drizzle wraps the driver's error in a `DrizzleQueryError` whose `cause` is
 * the driver's: node-postgres and PGlite both carry `code` and `constraint` there.
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Object && depth < 5; depth++) {
    const { code, constraint, cause } = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
    current = cause;
  }
  return undefined;
}
