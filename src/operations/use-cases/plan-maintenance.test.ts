import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { seedContact } from '../../catalog/use-cases/test-support.ts';
import { seedProvider } from '../../network/use-cases/network-order-test-support.ts';
import { messages } from '../../notifications/schema.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { maintenanceWindows } from '../schema.ts';
import { cancelMaintenance } from './cancel-maintenance.ts';
import { getMaintenance, listMaintenance } from './get-maintenance.ts';
import {
  nocContext,
  seedCable,
  seedLink,
  seedNapOn,
  seedPlacedService,
  unique,
} from './maintenance-test-support.ts';
import { planMaintenance } from './plan-maintenance.ts';

const window = { startsAt: '2027-03-28T00:30:00+01:00', endsAt: '2027-03-28T04:30:00+02:00' };

const noticesAbout = (db: Db, windowId: string, kind: string) =>
  db
    .select()
    .from(messages)
    .where(and(eq(messages.about, `maintenance-window:${windowId}`), eq(messages.kind, kind)))
    .orderBy(messages.id);

describeEachStore('planned maintenance (vn:2.1.3, vn:2.2.5)', (database) => {
  const db = () => database().db;
  let net: Awaited<ReturnType<typeof seedNetwork>>;

  /** A cable with two NAPs, a link between them, and services of two customers and a provider. */
  async function seedNetwork() {
    const [alice, bob, other] = [unique('C-MWA'), unique('C-MWB'), unique('C-MWO')];
    await seedCustomers(db(), [alice, bob, other]);
    await seedContact(db(), alice, ['technical'], `noc@${alice.toLowerCase()}.example`);
    await seedContact(db(), alice, ['fault'], `storing@${alice.toLowerCase()}.example`);
    await seedContact(db(), alice, ['billing'], `billing@${alice.toLowerCase()}.example`);
    const provider = await seedProvider(db(), unique('Provider MW'));
    const cable = await seedCable(db(), 96);
    const [napA, napB] = [await seedNapOn(db(), cable, alice), await seedNapOn(db(), cable, bob)];
    const otherNap = await seedNapOn(db(), await seedCable(db()), other);
    const link = await seedLink(db(), alice, napA, napB);
    const services = {
      aliceAccess: await seedPlacedService(db(), { customerId: alice, napId: napA }),
      aliceLink: await seedPlacedService(db(), { customerId: alice, linkId: link }),
      bobThirdParty: await seedPlacedService(db(), { customerId: bob, napId: napB, providerId: provider }),
      bobSuspended: await seedPlacedService(db(), { customerId: bob, napId: napB, state: 'suspended' }),
      bobClosed: await seedPlacedService(db(), { customerId: bob, napId: napB, state: 'closed' }),
      otherAccess: await seedPlacedService(db(), { customerId: other, napId: otherNap }),
    };
    return { alice, bob, other, provider, cable, napA, napB, otherNap, link, services };
  }

  beforeAll(async () => {
    net = await seedNetwork();
  });

  it('a window on a cable reaches its NAPs’ live services, and each customer and provider hears once', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'cable',
      scopeId: net.cable,
      ...window,
      description: 'Splicing after a road works repair',
    });
    const s = net.services;
    expect(planned.affected.map((a) => a.serviceId).sort()).toEqual(
      [s.aliceAccess, s.aliceLink, s.bobThirdParty, s.bobSuspended].sort(),
    );
    expect(planned).toMatchObject({
      scope: 'cable',
      startsAt: '2027-03-27T23:30:00Z',
      endsAt: '2027-03-28T02:30:00Z',
      startsAtLocal: '2027-03-28T00:30:00+01:00',
      endsAtLocal: '2027-03-28T04:30:00+02:00',
      notifiedAt: '2027-03-20T09:00:00Z',
      cancelledAt: null,
      because: ['vn:2.1.3'],
      notified: { customers: 2, providers: 1 },
    });

    const sent = await noticesAbout(db(), planned.id, 'maintenance-planned');
    const aliceMail = sent.filter((m) => m.customerId === net.alice);
    // Alice's technical and fault contacts, not billing; one message each, for both her services.
    expect(aliceMail.map((m) => m.recipient).sort()).toEqual([
      `noc@${net.alice.toLowerCase()}.example`,
      `storing@${net.alice.toLowerCase()}.example`,
    ]);
    expect(aliceMail[0]!.payload).toMatchObject({ serviceIds: [s.aliceAccess, s.aliceLink].sort() });
    expect(aliceMail[0]!.subject).toContain('2027-03-28T00:30:00+01:00');
    expect(aliceMail[0]!.because).toEqual(['vn:2.1.3']);
    // Bob has no contacts: his own address, once.
    expect(sent.filter((m) => m.customerId === net.bob && m.providerId === null)).toHaveLength(1);
    // The provider: once by e-mail and once by webhook, listing only its service.
    const toProvider = sent.filter((m) => m.providerId === net.provider);
    expect(toProvider.map((m) => m.channel).sort()).toEqual(['email', 'webhook']);
    expect(toProvider[0]!.payload).toMatchObject({ serviceIds: [s.bobThirdParty] });
    expect(sent.some((m) => m.customerId === net.other)).toBe(false);

    const [audit] = await auditTrailOf(db(), { type: 'maintenance-window', id: planned.id });
    expect(audit).toMatchObject({ action: 'maintenance.planned', actor: 'user:noc' });
  });

  it('a window on a link reaches the link’s services only (vn:2.2.5)', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'link',
      scopeId: net.link,
      ...window,
      description: 'Moving the link to a new port',
    });
    expect(planned.affected.map((a) => a.serviceId)).toEqual([net.services.aliceLink]);
    expect(planned.because).toEqual(['vn:2.2.5']);
    expect(planned.notified).toEqual({ customers: 1, providers: 0 });
  });

  it('a window on a NAP reaches its services and the links ending there', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'nap',
      scopeId: net.napB,
      ...window,
      description: 'Replacing the NAP',
    });
    const s = net.services;
    expect(planned.affected.map((a) => a.serviceId).sort()).toEqual(
      [s.aliceLink, s.bobThirdParty, s.bobSuspended].sort(),
    );
  });

  it('refuses bad input naming each field and changes nothing', async () => {
    const before = await db().select().from(maintenanceWindows);
    const refusal = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'street',
      scopeId: ' ',
      startsAt: '2027-03-01T10:00:00Z',
      endsAt: '2027-03-01T09:00:00',
      description: '',
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as InvalidInputError).problems.map((p) => p.field)).toEqual([
      'scope',
      'scopeId',
      'description',
      'endsAt',
    ]);
    const cases = [
      [{ startsAt: '2027-03-19T10:00:00Z', endsAt: '2027-03-20T10:00:00Z' }, ['startsAt']],
      [{ startsAt: '2027-03-21T10:00:00Z', endsAt: '2027-03-21T10:00:00Z' }, ['endsAt']],
      [{ startsAt: '2027-03-21T10:00:00Z', endsAt: '2027-03-28T10:00:01Z' }, ['endsAt']],
    ] as const;
    for (const [times, fields] of cases) {
      const error = await planMaintenance(nocContext(db()), {
        sellerId: 'vitrumnet',
        scope: 'nap',
        scopeId: net.napA,
        ...times,
        description: 'x',
      }).catch((e: unknown) => e);
      expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(fields);
    }
    const unknownNap = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'nap',
      scopeId: 'NAP-404404',
      ...window,
      description: 'x',
    }).catch((e: unknown) => e);
    expect((unknownNap as InvalidInputError).problems).toEqual([
      { field: 'scopeId', problem: "no nap 'NAP-404404'" },
    ]);
    expect(await db().select().from(maintenanceWindows)).toHaveLength(before.length);
  });

  it('a window of exactly seven days is accepted', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'nap',
      scopeId: net.otherNap,
      startsAt: '2027-04-01T00:00:00Z',
      endsAt: '2027-04-08T00:00:00Z',
      description: 'A week of works',
    });
    expect(planned.affected.map((a) => a.serviceId)).toEqual([net.services.otherAccess]);
  });

  it('cancels a window once, telling the same customers and providers', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'cable',
      scopeId: net.cable,
      ...window,
      description: 'To be cancelled',
    });
    const cancelled = await cancelMaintenance(nocContext(db(), '2027-03-21T08:00:00Z'), {
      windowId: planned.id,
      reason: 'the road works moved',
    });
    expect(cancelled).toMatchObject({
      cancelledAt: '2027-03-21T08:00:00Z',
      notified: { customers: 2, providers: 1 },
    });
    const sent = await noticesAbout(db(), planned.id, 'maintenance-cancelled');
    expect(sent).toHaveLength(2 + 1 + 2);
    expect(sent[0]!.subject).toBe(`Maintenance ${planned.id} on cable ${net.cable} is cancelled`);
    await expect(cancelMaintenance(nocContext(db()), { windowId: planned.id })).rejects.toThrow(
      ConflictError,
    );
    await expect(cancelMaintenance(nocContext(db()), { windowId: 'MW-404404' })).rejects.toThrow(
      NotFoundError,
    );
    expect(await noticesAbout(db(), planned.id, 'maintenance-cancelled')).toHaveLength(5);
  });

  it('refuses to cancel a window that is over', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'link',
      scopeId: net.link,
      ...window,
      description: 'Done already',
    });
    await expect(
      cancelMaintenance(nocContext(db(), '2027-03-28T02:30:00Z'), { windowId: planned.id }),
    ).rejects.toThrow(/is over/);
  });

  it('shows one window with its services, and lists the upcoming ones by scope', async () => {
    const planned = await planMaintenance(nocContext(db()), {
      sellerId: 'vitrumnet',
      scope: 'link',
      scopeId: net.link,
      startsAt: '2027-05-01T22:00:00Z',
      endsAt: '2027-05-02T02:00:00Z',
      description: 'Listed',
    });
    const shown = await getMaintenance({ db: db() }, planned.id);
    expect(shown.affected).toEqual([
      { serviceId: net.services.aliceLink, customerId: net.alice, providerId: null, state: 'active' },
    ]);
    await expect(getMaintenance({ db: db() }, 'MW-404404')).rejects.toThrow(NotFoundError);

    const upcoming = await listMaintenance(nocContext(db(), '2027-04-10T00:00:00Z'), {
      scope: 'link',
      scopeId: net.link,
    });
    expect(upcoming.map((w) => w.id)).toEqual([planned.id]);
    const all = await listMaintenance(nocContext(db(), '2027-04-10T00:00:00Z'), {
      scope: 'link',
      scopeId: net.link,
      upcoming: false,
    });
    expect(all.length).toBeGreaterThan(1);
    expect(all[0]!.id).toBe(planned.id);
    await expect(listMaintenance(nocContext(db()), { scope: 'street' })).rejects.toThrow(InvalidInputError);
  });
});
