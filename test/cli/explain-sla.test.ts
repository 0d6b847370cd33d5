import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const sla = (...args: string[]) => runCli(['explain', 'sla', ...args]);

describe.concurrent('vezel explain sla', () => {
  it('vn:6.4.10: prints averageBy and maximumBy across the spring-forward change, with the rule id', async () => {
    const result = await sla('--fibers', '12', '--reported', '2027-03-27T23:30:00Z');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'averageBy 2027-03-28T07:30:00+02:00  (vn:6.4.10)',
      'maximumBy 2027-03-28T09:30:00+02:00',
    ]);
    expect(lines[2]).toBe('12 fibers: average 6 hours, maximum 8 hours from the first report');
    expect(lines[3]).toMatch(/^reported 2027-03-28T00:30:00\+01:00;/);
  });

  it('answers JSON with a definitive repair adding 2 hours', async () => {
    const result = await sla(
      '--fibers',
      '48',
      '--reported',
      '2027-05-12T10:00:00+02:00',
      '--definitive-repair',
      '--json',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      averageBy: '2027-05-12T21:00:00+02:00',
      maximumBy: '2027-05-13T02:00:00+02:00',
      because: ['vn:6.4.10'],
      averageHours: 11,
      maximumHours: 16,
      fiberCount: 48,
      definitiveRepair: true,
      reported: '2027-05-12T10:00:00+02:00',
      clock: 'elapsed-hours',
      profile: 'vitrumnet-2.5-2018-04-15',
    });
  });

  it('exits 2 with one line naming --fibers for a count that is no cable class', async () => {
    const result = await sla('--fibers', '36', '--reported', '2027-05-12T10:00:00Z');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: --fibers: '36' is not a cable class/);
  });

  it('refuses a local time without offset, and a profile without an SLA', async () => {
    const local = await sla('--fibers', '12', '--reported', '2027-05-12T10:00:00');
    expect(local.status).toBe(2);
    expect(local.stderr).toMatch(/^vezel: --reported: '2027-05-12T10:00:00' is not an ISO instant/);
    const bit = await sla(
      '--fibers',
      '12',
      '--reported',
      '2027-05-12T10:00:00Z',
      '--profile',
      'bit-2016-10-25',
    );
    expect(bit.status).toBe(2);
    expect(bit.stderr).toMatch(/^vezel: --profile: 'bit-2016-10-25' has no SLA/);
  });
});
