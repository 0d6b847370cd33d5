import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { exportAuditEvents } from './audit-export.ts';
import { auditFilterOf } from './audit-filter.ts';
import { auditEventPages, countAuditEvents, listAuditEvents } from './audit-query.ts';
import { recordAuditEvent } from './audit-log.ts';
import { parseCsv } from './csv-test-support.ts';

const start = Temporal.Instant.from('2026-11-01T08:00:00Z');

describeEachStore('reading and exporting the audit log', (database) => {
  const db = () => database().db;
  // 30 events, one an hour: three subjects in turn, two actors, two actions.
  beforeAll(async () => {
    for (let i = 0; i < 30; i++)
      await recordAuditEvent(db(), {
        occurredAt: start.add({ hours: i }),
        actor: i % 2 === 0 ? 'user:anna' : 'api',
        origin: 'test',
        action: i % 5 === 0 ? 'contract.ended' : 'contract.changed',
        subject: { type: 'contract', id: `C-${i % 3}` },
        ...(i === 7 ? { reason: 'letter, "signed" on 2026-11-01\nsecond line' } : {}),
        details: { i, text: i === 7 ? '=cmd|calc' : 'plain' },
      });
  });

  const all = async (filter = {}) => {
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await listAuditEvents(db(), auditFilterOf(filter), {
        limit: 4,
        ...(before === undefined ? {} : { before }),
      });
      seen.push(...page.events.map((event) => (event.details as { i: number }).i));
      if (page.next === null) return seen;
      before = Number(page.next);
    }
  };

  it('pages newest first by keyset, each event once, the last page without a cursor', async () => {
    expect(await all()).toEqual([...Array(30).keys()].reverse());
  });

  it('filters by subject, actor, action and period, and combines them', async () => {
    expect(await all({ subjectType: 'contract', subjectId: 'C-1' })).toEqual([
      28, 25, 22, 19, 16, 13, 10, 7, 4, 1,
    ]);
    expect(await all({ actor: 'api', action: 'contract.ended' })).toEqual([25, 15, 5]);
    // Days are Amsterdam days: 2026-11-01 starts at 23:00Z the day before, ends at 23:00Z.
    expect(await all({ from: '2026-11-01', to: '2026-11-01' })).toEqual([...Array(15).keys()].reverse());
    expect(await all({ from: '2026-11-01T10:00:00Z', to: '2026-11-01T13:00:00Z' })).toEqual([4, 3, 2]);
    expect(await all({ subjectType: 'order' })).toEqual([]);
    expect(await countAuditEvents(db(), auditFilterOf({ actor: 'user:anna' }))).toBe(15);
  });

  it('refuses a subject id without its type, and a period that ends before it starts', () => {
    expect(() => auditFilterOf({ subjectId: 'C-1' })).toThrow(InvalidInputError);
    expect(() => auditFilterOf({ subjectId: 'C-1' })).toThrow(/subjectType/);
    expect(() => auditFilterOf({ from: '2026-11-02', to: '2026-11-01' })).toThrow(/to: must be after from/);
    expect(() => auditFilterOf({ from: 'yesterday' })).toThrow(/from: 'yesterday' is neither a day/);
  });

  it('reads an export a page at a time, oldest first', async () => {
    const pages: number[] = [];
    for await (const page of auditEventPages(db(), auditFilterOf({}), 7)) pages.push(page.length);
    expect(pages).toEqual([7, 7, 7, 7, 2]);
  });

  it('exports NDJSON and CSV that parse back to the events', async () => {
    const filter = auditFilterOf({ subjectType: 'contract', subjectId: 'C-1' });
    const listed = (await listAuditEvents(db(), filter, { limit: 100 })).events.reverse();
    const progress: number[] = [];
    let ndjson = '';
    for await (const chunk of exportAuditEvents(db(), filter, 'ndjson', (n) => progress.push(n)))
      ndjson += chunk;
    const lines = ndjson
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(listed.map((event) => event.id));
    expect(lines[2]).toMatchObject({
      subjectId: 'C-1',
      actor: 'api',
      reason: 'letter, "signed" on 2026-11-01\nsecond line',
      details: { i: 7, text: '=cmd|calc' },
    });
    expect(progress).toEqual([10]);

    let csv = '';
    for await (const chunk of exportAuditEvents(db(), filter, 'csv')) csv += chunk;
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual([
      'id',
      'occurredAt',
      'actor',
      'origin',
      'action',
      'subjectType',
      'subjectId',
      'reason',
      'details',
    ]);
    expect(records.map((record) => Number(record[0]))).toEqual(listed.map((event) => event.id));
    expect(records[2]![7]).toBe('letter, "signed" on 2026-11-01\nsecond line');
    expect(JSON.parse(records[2]![8]!)).toEqual({ i: 7, text: '=cmd|calc' });
    expect(Temporal.Instant.from(records[0]![1]!).equals(start.add({ hours: 1 }))).toBe(true);
  });
});
