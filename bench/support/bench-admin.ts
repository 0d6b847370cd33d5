import { systemClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/database/index.ts';
import { createApiToken, createUser } from '../../src/users/index.ts';

/** An admin and an API token of theirs: the bench's `Authorization: Bearer …` for the whole API. */
export async function benchAdminToken(db: Db): Promise<string> {
  const context = { db, clock: systemClock(), actor: { id: 'user:bench', origin: 'bench' } };
  const admin = await createUser(context, {
    email: 'bench@vezel.example',
    name: 'Bench admin',
    role: 'admin',
  });
  return (await createApiToken(context, { userId: admin.id, name: 'bench load' })).secret;
}
