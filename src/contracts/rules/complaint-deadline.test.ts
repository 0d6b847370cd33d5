import { describe, expect, it } from 'vitest';
import { complaintDeadline, isComplaintInTime } from './complaint-deadline.ts';
import { bitId, date, problemsOf, shipped, vnId } from './test-support.ts';

const bit = shipped(bitId);

describe('complaint deadlines (bit:9.1, bit:9.2, nl:workdays)', () => {
  it('bit:9.1: a delivery complaint within 3 working days, over Christmas', () => {
    const answer = complaintDeadline(bit, 'delivery', date('2026-12-23'));
    expect(answer.value.toString()).toBe('2026-12-29');
    expect(answer.because).toEqual(['bit:9.1', 'bit:9.2', 'bit:9.3', 'bit:9.4', 'bit:9.5', 'nl:workdays']);
    expect(answer.figures).toEqual({
      kind: 'delivery',
      date: '2026-12-23',
      workingDays: 3,
      weekendDays: 2,
      skipped: [{ date: '2026-12-25', reason: 'Eerste Kerstdag' }],
    });
  });

  it('bit:9.1 steps over King’s Day', () => {
    expect(complaintDeadline(bit, 'delivery', date('2026-04-24')).value.toString()).toBe('2026-04-30');
  });

  it('bit:9.2: an invoice complaint within 14 working days after the invoice date', () => {
    const answer = complaintDeadline(bit, 'invoice', date('2026-12-18'));
    expect(answer.value.toString()).toBe('2027-01-11');
    expect(answer.figures.skipped.map((day) => day.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('names the profile without complaint deadlines, and a kind the profile has none for', () => {
    expect(problemsOf(() => complaintDeadline(shipped(vnId), 'invoice', date('2026-01-05')))).toEqual([
      { field: 'profile', problem: `${vnId} sets no complaint deadlines` },
    ]);
    const noDelivery = { ...bit, complaints: { ...bit.complaints!, deliveryWorkingDays: null } };
    expect(problemsOf(() => complaintDeadline(noDelivery, 'delivery', date('2026-01-05')))).toEqual([
      { field: 'kind', problem: `${bitId} sets no deadline for delivery complaints; it knows invoice` },
    ]);
  });

  it('names the date beyond the years the holiday calendar knows', () => {
    const [problem] = problemsOf(() => complaintDeadline(bit, 'invoice', date('2999-12-30')));
    expect(problem?.field).toBe('date');
    expect(problem?.problem).toMatch(/3000/);
  });
});

describe('complaints in time (bit:9.3)', () => {
  const deadline = complaintDeadline(bit, 'delivery', date('2026-12-23'));

  it.each([
    ['2026-12-23', true, 0],
    ['2026-12-29', true, 0],
    ['2026-12-30', false, 1],
    ['2027-01-12', false, 14],
  ])('received on %s: in time %s, %i days late', (received, inTime, daysLate) => {
    const answer = isComplaintInTime(deadline, date(received));
    expect(answer.value).toBe(inTime);
    expect(answer.figures).toEqual({ deadline: '2026-12-29', receivedOn: received, daysLate });
    expect(answer.because).toContain('bit:9.3');
  });
});
