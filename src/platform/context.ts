import type { Actor } from './actor.ts';
import type { Clock } from './clock.ts';
import type { Db } from './database/index.ts';

/** What a use case needs from the shell: the store, the time, and who is acting. */
export interface Context {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: Actor;
}
