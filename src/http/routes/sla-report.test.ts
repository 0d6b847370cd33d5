import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { unique } from '../../operations/use-cases/maintenance-test-support.ts';
import { insertFiberBreak } from '../../operations/use-cases/sla-report-test-support.ts';
import { SaxesParser } from 'saxes';
import type { HttpServer } from '../server.ts';

describeEachStore('GET /sellers/:sellerId/sla-report (vn:6.4.10)', (database) => {
  let server: HttpServer;
  let late = '';
  beforeAll(async () => {
    server = await httpServerOn(database());
    const customer = unique('C-SLAH');
    await seedCustomers(database().db, [customer]);
    // 25 October 2026, the autumn change: 03:00 CEST becomes 02:00 CET.
    await insertFiberBreak(database().db, {
      customerId: customer,
      reportedAt: '2026-10-25T00:00:00+02:00',
      repairReportedAt: '2026-10-25T06:00:00+01:00', // 7 elapsed hours
    });
    late = await insertFiberBreak(database().db, {
      customerId: customer,
      reportedAt: '2026-10-26T08:00:00Z',
      repairReportedAt: '2026-10-26T17:00:00Z', // 9 hours, 1 past the maximum
    });
  });
  afterAll(() => server.close());

  it('answers the classes with the mean in elapsed hours across the DST change, and the breaches', async () => {
    const response = await server.inject('/sellers/vitrumnet/sla-report?from=2026-10-01&to=2026-10-31');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      periodStart: '2026-10-01T00:00:00+02:00',
      periodEnd: '2026-11-01T00:00:00+01:00',
      breachCount: 1,
      because: ['vn:6.4.10'],
    });
    expect(report.classes[0]).toMatchObject({
      cableClass: '12/24',
      repaired: 2,
      meanRepairHours: 8,
      averageTargetHours: 6,
      withinAverage: false,
      breaches: [{ ticketId: late, hours: 9, overByHours: 1, maximumBy: '2026-10-26T17:00:00+01:00' }],
    });
  });

  it('refuses a seller without an SLA and a bad day, as problem+json', async () => {
    const bit = await server.inject('/sellers/bit/sla-report?from=2026-10-01&to=2026-10-31');
    expect(bit.statusCode).toBe(400);
    expect(bit.json().errors).toEqual([{ field: 'sellerId', problem: expect.stringContaining('no SLA') }]);
    const backwards = await server.inject('/sellers/vitrumnet/sla-report?from=2026-10-31&to=2026-10-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors.map((e: { field: string }) => e.field)).toEqual(['to']);
  });
  it('draws the same figures as a well-formed, labelled SVG chart', async () => {
    const response = await server.inject('/sellers/vitrumnet/sla-report.svg?from=2026-10-01&to=2026-10-31');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const texts: string[] = [];
    const classes: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('text', (text) => texts.push(text));
    parser.on('opentag', (tag) => {
      const named = tag.attributes['data-class'];
      if (named) classes.push(typeof named === 'string' ? named : named.value);
    });
    parser.write(response.body).close();
    expect(classes).toEqual(['12/24', '48', '96', '144', '192']);
    // The 12/24 class: two repairs, 7 and 9 hours, mean 8.0 against the 6-hour average; one breach.
    expect(texts).toContain('2 repaired · 8.0 h');
    expect(texts).toContain('1 breach');
    expect(texts.find((text) => text.startsWith('12/24 fibers'))).toMatch(
      /2 repaired, mean 8\.0 h against an average of 6 h and a maximum of 8 h, 1 breach/,
    );
  });
});
