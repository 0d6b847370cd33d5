import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { links } from '../schema.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { addNap } from './add-nap.ts';
import { addPremises } from './add-premises.ts';
import { createLink, orderLink } from './create-link.ts';
import type { CreateLink } from './create-link.ts';
import { getLink, listLinks, listVlanPools } from './get-network-inventory.ts';
import {
  aCable,
  aPool,
  anAddress,
  connectedPremises,
  refusal,
  refusedFields,
  testContext,
} from './inventory-test-support.ts';
import type { LinkView } from './inventory-views.ts';

describeEachStore('ordering a link', (database, kind) => {
  const context = testContext(database);
  const handoff = { handoff: 'AMS-IX Science Park port 7' };
  /** A customer with an active NAP and a switch there: everything vn:2.2.1 asks. */
  const ready = async (customerId: string) => {
    await seedCustomers(database().db, [customerId]);
    return connectedPremises(context(), customerId);
  };

  it('links an active NAP with a switch to another active NAP, on the lowest free VLAN of the pool', async () => {
    const a = await ready('CU-K1');
    const z = await ready('CU-K1');
    const pool = await aPool(database().db, 200, 299);
    const link = await orderLink(context(), {
      customerId: 'CU-K1',
      aNapId: a.nap.id,
      z: { napId: z.nap.id },
      bandwidthMbps: 1000,
      poolId: pool,
    });
    expect(link).toMatchObject({
      id: expect.stringMatching(/^L-\d+$/),
      customerId: 'CU-K1',
      aNapId: a.nap.id,
      zNapId: z.nap.id,
      zHandoff: null,
      bandwidthMbps: 1000,
      poolId: pool,
      vlan: 200,
      contractId: null,
      endedOn: null,
    });
    expect(await getLink(database().db, link.id)).toEqual(link);
    const jobs = await listProvisioningJobs(database().db, { subject: `link:${link.id}` });
    expect(jobs.map((job) => job.action).sort()).toEqual(['link.up', 'vlan.add']);
    expect(jobs.find((job) => job.action === 'vlan.add')!.payload).toMatchObject({ poolId: pool, vlan: 200 });
    expect(await auditTrailOf(database().db, { type: 'link', id: link.id })).toMatchObject([
      { action: 'link.created', actor: 'user:noc', details: { vlan: 200, poolId: pool, zNapId: z.nap.id } },
    ]);
    const second = await orderLink(context(), {
      customerId: 'CU-K1',
      aNapId: a.nap.id,
      z: handoff,
      bandwidthMbps: 100,
      poolId: pool,
    });
    expect(second).toMatchObject({ vlan: 201, zNapId: null, zHandoff: handoff.handoff });
  });

  it('takes the VLAN asked for when it is free; refuses it when taken or outside the pool', async () => {
    const a = await ready('CU-K2');
    const pool = await aPool(database().db, 300, 309);
    const order = (vlan: number) =>
      orderLink(context(), {
        customerId: 'CU-K2',
        aNapId: a.nap.id,
        z: handoff,
        bandwidthMbps: 10,
        vlan,
        poolId: pool,
      });
    expect((await order(305)).vlan).toBe(305);
    const taken = await refusal(order(305));
    expect(taken).toBeInstanceOf(ConflictError);
    expect((taken as Error).message).toBe(
      `VLAN 305 is taken; the lowest free id in 300–309 is 300 (pool ${pool})`,
    );
    expect(await refusedFields(order(310))).toEqual(['vlan']);
  });

  it('uses the default pool (100–3999) when none is named', async () => {
    const a = await ready('CU-K3');
    const link = await orderLink(context(), {
      customerId: 'CU-K3',
      aNapId: a.nap.id,
      z: handoff,
      bandwidthMbps: 10,
    });
    expect(link.poolId).toBe('default');
    expect(link.vlan).toBeGreaterThanOrEqual(100);
  });

  it('refuses a link without a switch at the A end (vn:2.2.1)', async () => {
    await seedCustomers(database().db, ['CU-K4']);
    const a = await connectedPremises(context(), 'CU-K4', { withSwitch: false });
    // The customer's switch at another premises does not count.
    await connectedPremises(context(), 'CU-K4');
    const error = await refusal(
      orderLink(context(), { customerId: 'CU-K4', aNapId: a.nap.id, z: handoff, bandwidthMbps: 100 }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `cannot order this link: A end: no switch is installed at premises ${a.premises.id} of ${a.nap.id} (vn:2.2.1)`,
    );
    expect((await listLinks(database().db, { customerId: 'CU-K4' })).total).toBe(0);
  });

  it('refuses inactive NAPs at either end, naming every lack at once', async () => {
    await seedCustomers(database().db, ['CU-K5']);
    const a = await connectedPremises(context(), 'CU-K5', { napState: 'planned' });
    const z = await connectedPremises(context(), 'CU-K5', { napState: 'planned', withSwitch: false });
    const error = await refusal(
      orderLink(context(), {
        customerId: 'CU-K5',
        aNapId: a.nap.id,
        z: { napId: z.nap.id },
        bandwidthMbps: 100,
      }),
    );
    expect((error as Error).message).toBe(
      `cannot order this link: A end: ${a.nap.id} is planned, not active (vn:2.2.1); ` +
        `Z end: ${z.nap.id} is planned, not active (vn:2.2.1)`,
    );
    await expect(
      orderLink(context(), {
        customerId: 'CU-K5',
        aNapId: a.nap.id,
        z: { napId: a.nap.id },
        bandwidthMbps: 100,
      }),
    ).rejects.toThrow(`Z end: ${a.nap.id} is the A end too; a link joins two different NAPs (vn:1.2.15)`);
  });

  it('refuses when the pool is exhausted', async () => {
    const a = await ready('CU-K6');
    const pool = await aPool(database().db, 400, 401);
    const order = () =>
      orderLink(context(), {
        customerId: 'CU-K6',
        aNapId: a.nap.id,
        z: handoff,
        bandwidthMbps: 10,
        poolId: pool,
      });
    await order();
    await order();
    const error = await refusal(order());
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `the VLAN pool 400–401 is exhausted: all 2 ids are taken (pool ${pool})`,
    );
    expect((await listVlanPools(database().db)).find((p) => p.id === pool)).toEqual({
      id: pool,
      first: 400,
      last: 401,
      size: 2,
      used: 2,
      free: 0,
    });
  });

  it('names every bad field, then every row that does not exist or fit', async () => {
    const a = await ready('CU-K7');
    await seedCustomers(database().db, ['CU-K8']);
    expect(
      await refusedFields(
        orderLink(context(), {
          customerId: '',
          aNapId: '',
          z: { napId: 'NAP-1', handoff: 'x' },
          bandwidthMbps: 0,
          vlan: 4095,
        } as unknown as CreateLink),
      ),
    ).toEqual(['customerId', 'aNapId', 'z', 'bandwidthMbps', 'vlan']);
    expect(
      await refusedFields(
        orderLink(context(), {
          customerId: 'CU-NONE',
          aNapId: 'NAP-0',
          z: { napId: 'NAP-00' },
          bandwidthMbps: 10,
          contractId: 'C-0',
        }),
      ),
    ).toEqual(['customerId', 'contractId', 'aNapId', 'z.napId']);
    expect(
      await refusedFields(
        orderLink(context(), { customerId: 'CU-K8', aNapId: a.nap.id, z: handoff, bandwidthMbps: 10 }),
      ),
    ).toEqual(['aNapId']);
    expect(
      await refusedFields(
        orderLink(context(), {
          customerId: 'CU-K7',
          aNapId: a.nap.id,
          z: handoff,
          bandwidthMbps: 10,
          poolId: 'nope',
        }),
      ),
    ).toEqual(['poolId']);
  });

  it('leaves nothing behind when the caller’s transaction fails after making the link', async () => {
    const a = await ready('CU-K9');
    const pool = await aPool(database().db, 500, 509);
    const failed = await refusal(
      database().db.transaction(async (tx) => {
        await createLink(tx, context(), {
          customerId: 'CU-K9',
          aNapId: a.nap.id,
          z: handoff,
          bandwidthMbps: 10,
          poolId: pool,
        });
        throw new Error('the order step after it failed');
      }),
    );
    expect((failed as Error).message).toBe('the order step after it failed');
    expect((await listLinks(database().db, { customerId: 'CU-K9' })).total).toBe(0);
    expect((await listVlanPools(database().db)).find((p) => p.id === pool)?.used).toBe(0);
  });

  it.skipIf(kind !== 'postgres')('gives 20 links ordered at the same moment 20 different VLANs', async () => {
    const a = await ready('CU-C1');
    const pool = await aPool(database().db, 1000, 1999);
    const made = await Promise.all(
      Array.from({ length: 20 }, () =>
        orderLink(context(), {
          customerId: 'CU-C1',
          aNapId: a.nap.id,
          z: handoff,
          bandwidthMbps: 10,
          poolId: pool,
        }),
      ),
    );
    const vlans = made.map((link) => link.vlan).sort((x, y) => x - y);
    expect(vlans).toEqual(Array.from({ length: 20 }, (_, i) => 1000 + i));
  });

  it.skipIf(kind !== 'postgres')(
    'lets exactly 3 of 5 simultaneous orders win a pool of 3 free VLANs',
    async () => {
      const a = await ready('CU-C2');
      const pool = await aPool(database().db, 600, 602);
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () =>
          orderLink(context(), {
            customerId: 'CU-C2',
            aNapId: a.nap.id,
            z: handoff,
            bandwidthMbps: 10,
            poolId: pool,
          }),
        ),
      );
      const won = results.filter((r): r is PromiseFulfilledResult<LinkView> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won.map((r) => r.value.vlan).sort()).toEqual([600, 601, 602]);
      expect(lost).toHaveLength(2);
      for (const refused of lost) {
        expect(refused.reason).toBeInstanceOf(ConflictError);
        expect((refused.reason as Error).message).toMatch(/^the VLAN pool 600–602 is exhausted/);
      }
    },
  );

  it.skipIf(kind !== 'postgres')(
    'answers a VLAN the unique index stops as a conflict: a caller at repeatable read sees an old snapshot',
    async () => {
      const a = await ready('CU-C3');
      const pool = await aPool(database().db, 700, 709);
      const error = await refusal(
        database().db.transaction(
          async (tx) => {
            // The snapshot is taken here; a link committed after it is invisible to this transaction.
            await tx.select().from(links).limit(1);
            await database().db.insert(links).values({
              customerId: 'CU-C3',
              aNapId: a.nap.id,
              zHandoff: 'elsewhere',
              bandwidthMbps: 10,
              poolId: pool,
              vlan: 700,
              createdAt: '2026-11-22T11:00:00Z',
            });
            await createLink(tx, context(), {
              customerId: 'CU-C3',
              aNapId: a.nap.id,
              z: handoff,
              bandwidthMbps: 10,
              poolId: pool,
            });
          },
          { isolationLevel: 'repeatable read' },
        ),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toBe(
        `VLAN 700 of pool ${pool} was taken by another link at the same moment: order again`,
      );
    },
  );

  it('puts NAPs on a cable of its own for a Z end without a switch', async () => {
    // A Z end needs no switch: only an active NAP (vn:2.2.1 asks the switch at the customer's end).
    const a = await ready('CU-K10');
    const cable = await aCable(context());
    const premises = await addPremises(context(), { address: anAddress(77) });
    const { changeNapState } = await import('./change-nap-state.ts');
    const z = await addNap(context(), { premisesId: premises.id, cableId: cable.id });
    await changeNapState(context(), { napId: z.id, state: 'active' });
    const link = await orderLink(context(), {
      customerId: 'CU-K10',
      aNapId: a.nap.id,
      z: { napId: z.id },
      bandwidthMbps: 10,
    });
    expect(link.zNapId).toBe(z.id);
  });
});
