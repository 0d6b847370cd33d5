import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf, recordAuditEvent } from './audit-log.ts';

describeEachStore('audit log', (database) => {
  const subject = { type: 'contract', id: 'C-1' };
  const occurredAt = Temporal.Instant.from('2026-11-22T09:30:00Z');

  it('records who, when, what, why and from where, and reads them back in order', async () => {
    const first = await recordAuditEvent(database().db, {
      occurredAt,
      actor: 'user:anna',
      origin: 'cli',
      action: 'contract.noticeGiven',
      subject,
      reason: 'customer letter of 2026-11-20',
      details: { effectiveEnd: '2027-03-31' },
    });
    const second = await recordAuditEvent(database().db, {
      occurredAt: occurredAt.add({ hours: 1 }),
      actor: 'system',
      origin: 'worker',
      action: 'contract.ended',
      subject,
    });
    expect(second).toBeGreaterThan(first);
    const trail = await auditTrailOf(database().db, subject);
    expect(trail.map((event) => event.action)).toEqual(['contract.noticeGiven', 'contract.ended']);
    expect(trail[0]).toMatchObject({
      actor: 'user:anna',
      reason: 'customer letter of 2026-11-20',
      details: { effectiveEnd: '2027-03-31' },
    });
    expect(trail[0]!.occurredAt.equals(occurredAt)).toBe(true);
    expect(trail[1]!.reason).toBeUndefined();
  });

  it('refuses to change or remove an event', async () => {
    // Drizzle wraps the server's error; its own words are in `cause`.
    const refused = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(
      database().db.execute(sql`update audit_events set actor = 'someone else'`),
    ).rejects.toMatchObject(refused);
    await expect(database().db.execute(sql`delete from audit_events`)).rejects.toMatchObject(refused);
    expect((await auditTrailOf(database().db, subject)).length).toBe(2);
  });
});
