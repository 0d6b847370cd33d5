import { ConflictError, InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';

/*
 * IEEE 802.1Q-2018, 9.6 and its Table 9-2 (reserved VID values): VID 0 is the null VID (the frame
 * carries a priority only, no VLAN) and VID 4095 (FFF) is reserved for implementations; VID 1 is the
 * default PVID, where untagged traffic lands on nearly every switch. A service VLAN on a link is
 * therefore one of 2..4094, and a pool must lie inside that range.
 */
export const VLAN_FIRST = 2;
export const VLAN_LAST = 4094;

export interface VlanPool {
  readonly first: number;
  readonly last: number;
}

/** The pool as given, or an InvalidInputError naming every bound that is wrong. */
export function vlanPool(pool: VlanPool, field = 'pool'): VlanPool {
  const problems: FieldProblem[] = [];
  for (const bound of ['first', 'last'] as const) {
    const id = pool[bound];
    if (!Number.isInteger(id) || id < VLAN_FIRST || id > VLAN_LAST) {
      problems.push({
        field: `${field}.${bound}`,
        problem: `${quote(id)} is not a VLAN id from ${VLAN_FIRST} to ${VLAN_LAST} (IEEE 802.1Q: 0 and 4095 are reserved, 1 is the default VLAN)`,
      });
    }
  }
  if (problems.length === 0 && pool.first > pool.last) {
    problems.push({ field: `${field}.last`, problem: `${pool.last} is below the first id ${pool.first}` });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return pool;
}

/**
 * The VLAN id for a new link: `requested` when it is free, else the lowest free id of the pool. Ids
 * taken outside the pool do not matter. A ConflictError when the pool is exhausted or the requested
 * id is taken; the unique index on (pool, vlan) catches two orders racing for the same id.
 */
export function chooseVlan(
  pool: VlanPool,
  taken: ReadonlySet<number> | Iterable<number>,
  requested?: number,
): number {
  const { first, last } = vlanPool(pool);
  const used: ReadonlySet<number> = taken instanceof Set ? taken : new Set(taken);
  const lowestFree = lowestFreeIn(first, last, used);
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < first || requested > last) {
      throw new InvalidInputError('vlan', `${quote(requested)} is not in the pool ${first}–${last}`);
    }
    if (!used.has(requested)) return requested;
    throw new ConflictError(
      `VLAN ${requested} is taken; ${lowestFree === undefined ? `the pool ${first}–${last} has no free id left` : `the lowest free id in ${first}–${last} is ${lowestFree}`}`,
    );
  }
  if (lowestFree === undefined) {
    throw new ConflictError(
      `the VLAN pool ${first}–${last} is exhausted: all ${last - first + 1} ids are taken`,
    );
  }
  return lowestFree;
}

function lowestFreeIn(first: number, last: number, used: ReadonlySet<number>): number | undefined {
  for (let id = first; id <= last; id += 1) if (!used.has(id)) return id;
  return undefined;
}
