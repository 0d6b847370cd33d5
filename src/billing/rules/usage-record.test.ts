import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import {
  MAX_USAGE_BATCH,
  USAGE_PRODUCT_KINDS,
  readUsageRecord,
  readUsageRecords,
  referenceProblems,
  usageRulesOf,
} from './usage-record.ts';
import type { UsageReferences } from './usage-record.ts';

const today = '2026-11-22';
const record = {
  recordId: 'R-1',
  customerId: 'CU-1',
  productId: 'P-1',
  quantity: '12.5',
  occurredOn: '2026-10-31',
};

function problemsOf(read: () => unknown): FieldProblem[] {
  try {
    read();
  } catch (error) {
    if (error instanceof InvalidInputError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('readUsageRecord', () => {
  it('answers the record with optionals as null, and a number quantity as decimal text', () => {
    expect(readUsageRecord(record, today)).toEqual({ ...record, subscriptionId: null, description: null });
    expect(readUsageRecord({ ...record, quantity: 3, description: 'Rack 12, kWh' }, today)).toMatchObject({
      quantity: '3',
      description: 'Rack 12, kWh',
    });
    expect(readUsageRecord({ ...record, quantity: '0.000001' }, today).quantity).toBe('0.000001');
    expect(readUsageRecord({ ...record, quantity: '99999999999999.999999' }, today).quantity).toBe(
      '99999999999999.999999',
    );
  });

  it('names every bad field at once, under the given prefix', () => {
    const problems = problemsOf(() =>
      readUsageRecord(
        { recordId: '', productId: 'P'.repeat(65), quantity: '0', occurredOn: '2026-02-30', colour: 'red' },
        today,
        'records[3].',
      ),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'records[3].colour',
      'records[3].recordId',
      'records[3].customerId',
      'records[3].productId',
      'records[3].quantity',
      'records[3].occurredOn',
    ]);
    expect(problems.find((p) => p.field === 'records[3].quantity')?.problem).toBe('must be greater than 0');
  });

  it.each([
    ['-1', /without a sign/],
    ['1,5', /not a decimal number/],
    ['1e3', /not a decimal number/],
    ['1.0000001', /more than 6 decimals/],
    ['100000000000000', /at most 14 digits/],
    [0.1 + 0.2, /more than 6 decimals/],
    [Number.NaN, /finite/],
    [true, /must be a decimal number/],
    [null, /is required/],
  ])('refuses quantity %j', (quantity, problem) => {
    const [first] = problemsOf(() => readUsageRecord({ ...record, quantity }, today));
    expect(first).toMatchObject({ field: 'quantity', problem: expect.stringMatching(problem) });
  });

  it('refuses a day after today, and a non-object', () => {
    expect(problemsOf(() => readUsageRecord({ ...record, occurredOn: '2026-11-23' }, today))).toEqual([
      {
        field: 'occurredOn',
        problem: '2026-11-23 is after today (2026-11-22): record usage once it occurred',
      },
    ]);
    expect(readUsageRecord({ ...record, occurredOn: today }, today).occurredOn).toBe(today);
    expect(problemsOf(() => readUsageRecord('R-1', today, 'records[0].'))[0]?.field).toBe('records[0].');
  });
});

describe('readUsageRecords', () => {
  it('names each bad record by its index', () => {
    const problems = problemsOf(() =>
      readUsageRecords([record, { ...record, quantity: 'x' }, record, { ...record, occurredOn: '' }], today),
    );
    expect(problems.map((p) => p.field)).toEqual(['records[1].quantity', 'records[3].occurredOn']);
  });

  it('refuses more than 10,000 records at once, and shows at most 100 problems', () => {
    const tooMany = Array.from({ length: MAX_USAGE_BATCH + 1 }, () => record);
    expect(problemsOf(() => readUsageRecords(tooMany, today))).toEqual([
      {
        field: 'records',
        problem: 'holds 10001 records; send at most 10000 per batch (or import them as a file)',
      },
    ]);
    const allBad = Array.from({ length: 150 }, () => ({ ...record, quantity: '-1' }));
    const problems = problemsOf(() => readUsageRecords(allBad, today));
    expect(problems).toHaveLength(101);
    expect(problems[100]).toEqual({ field: 'records', problem: 'and 50 more problems not shown' });
    expect(problemsOf(() => readUsageRecords({}, today))[0]?.field).toBe('records');
  });
});

describe('usage products and references', () => {
  it('cites vn:7.1.4 for measured usage, the seller’s own article for hours; other kinds take none', () => {
    expect(usageRulesOf('usage-traffic', 'vn')).toEqual(['vn:7.1.4']);
    expect(usageRulesOf('usage-bandwidth-95', 'vn')).toEqual(['vn:7.1.4']);
    expect(usageRulesOf('hourly-service', 'bit')).toEqual(['bit:5.1']);
    expect(usageRulesOf('hourly-service', 'vn')).toEqual(['vn:6.4.8']);
    // An operator's own terms: the articles the rule implements.
    expect(usageRulesOf('hourly-service', 'acme')).toEqual(['bit:5.1', 'vn:6.4.8']);
    expect(usageRulesOf('access', 'bit')).toBeUndefined();
    expect(USAGE_PRODUCT_KINDS).toEqual([
      'hourly-service',
      'usage-traffic',
      'usage-power',
      'usage-bandwidth-95',
    ]);
  });

  it('names unknown customers, foreign or non-usage products and mismatched subscriptions', () => {
    const known: UsageReferences = {
      customers: new Set(['CU-1', 'CU-2']),
      products: new Map([
        ['P-1', { sellerId: 'bit', kind: 'usage-traffic' }],
        ['P-2', { sellerId: 'vitrumnet', kind: 'usage-power' }],
        ['P-3', { sellerId: 'bit', kind: 'colocation' }],
      ]),
      subscriptions: new Map([['SUB-1', { sellerId: 'bit', customerId: 'CU-2' }]]),
    };
    const read = (changes: object) => readUsageRecord({ ...record, ...changes }, today);
    const records = [
      read({}),
      read({ customerId: 'CU-9', productId: 'P-9' }),
      read({ productId: 'P-2' }),
      read({ productId: 'P-3', subscriptionId: 'SUB-1' }),
      read({ customerId: 'CU-2', subscriptionId: 'SUB-1' }),
      read({ subscriptionId: 'SUB-9' }),
    ];
    expect(referenceProblems(records, 'bit', known, (i) => `records[${i}].`)).toEqual([
      { field: 'records[1].customerId', problem: "customer 'CU-9' does not exist" },
      { field: 'records[1].productId', problem: "product 'P-9' does not exist" },
      { field: 'records[2].productId', problem: "product P-2 is seller vitrumnet's, not bit's" },
      {
        field: 'records[3].productId',
        problem:
          'product P-3 is a colocation product; usage is recorded only on usage and hourly products ' +
          '(hourly-service, usage-traffic, usage-power, usage-bandwidth-95)',
      },
      {
        field: 'records[3].subscriptionId',
        problem: "subscription SUB-1 is customer CU-2's with seller bit, not customer CU-1's with bit",
      },
      { field: 'records[5].subscriptionId', problem: "subscription 'SUB-9' does not exist" },
    ]);
  });
});
