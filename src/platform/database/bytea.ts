import { customType } from 'drizzle-orm/pg-core';

/**
 * A file's bytes in a `bytea` column: PGlite answers a Uint8Array, node-postgres a Buffer (one
 * too); both take either.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});
