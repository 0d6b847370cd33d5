import { describe, expect, it } from 'vitest';
import { prepaidCredit, recurringCharges } from './recurring-charges.ts';
import type { RecurringSegment, RecurringSubscription } from './recurring-charges.ts';
import { date, fieldsOf } from './test-support.ts';

/* The edges of billing in advance (bit:11.1, bit:11.2, vn:7.1.3); the properties are in recurring-charges.property.test.ts. */

const access: RecurringSubscription = {
  id: 'SUB-1',
  cadence: 'quarter',
  proration: 'days',
  priceCents: 9000,
  listPrices: [],
  startsOn: '2027-01-01',
  endsOn: null,
  billedThrough: null,
  because: ['bit:11.1'],
};
const domain: RecurringSubscription = {
  ...access,
  cadence: 'year',
  proration: 'none',
  because: ['bit:11.2'],
};

const bill = (sub: Partial<RecurringSubscription>, runFrom: string, asOf = runFrom) =>
  recurringCharges({ ...access, ...sub }, date(runFrom), date(asOf));
/** from, to, days, periodDays, price, net */
const rows = (segments: readonly RecurringSegment[]) =>
  segments.map((s) => [s.from, s.to, s.days, s.periodDays, s.priceCents, s.netCents]);

describe('recurringCharges (bit:11.1 quarterly in advance, by days)', () => {
  it.each<[string, Partial<RecurringSubscription>, string, string, unknown[][]]>([
    [
      'a whole quarter costs exactly the price',
      {},
      '2027-01-01',
      '2027-01-01',
      [['2027-01-01', '2027-03-31', 90, 90, 9000, 9000]],
    ],
    [
      'a start on the last day of a quarter bills that day, then the next quarter',
      { startsOn: '2027-03-31' },
      '2027-04-01',
      '2027-04-01',
      [
        ['2027-03-31', '2027-03-31', 1, 90, 9000, 100],
        ['2027-04-01', '2027-06-30', 91, 91, 9000, 9000],
      ],
    ],
    [
      'a start on the invoice date, the quarter’s last day',
      { startsOn: '2027-03-31' },
      '2027-01-01',
      '2027-03-31',
      [['2027-03-31', '2027-03-31', 1, 90, 9000, 100]],
    ],
    [
      'a start mid-quarter: price × days / 90, half a cent rounded away from zero',
      { startsOn: '2027-02-15', priceCents: 12345 },
      '2027-01-01',
      '2027-02-15',
      [['2027-02-15', '2027-03-31', 45, 90, 12345, 6173]],
    ],
    [
      'a start on 29 February: Q1 2028 has 91 days',
      { startsOn: '2028-02-29', priceCents: 9100 },
      '2028-01-01',
      '2028-03-01',
      [['2028-02-29', '2028-03-31', 32, 91, 9100, 3200]],
    ],
    [
      'a year cadence by days: a partial leap year counts 366 days',
      { cadence: 'year', startsOn: '2028-07-01', priceCents: 36600 },
      '2028-07-01',
      '2028-07-01',
      [['2028-07-01', '2028-12-31', 184, 366, 36600, 18400]],
    ],
    [
      'a price change mid-quarter splits the quarter, each part by days',
      {
        listPrices: [
          { from: '2027-02-15', cents: 18000 },
          { from: '2026-01-01', cents: 9000 },
        ],
      },
      '2027-01-01',
      '2027-01-01',
      [
        ['2027-01-01', '2027-02-14', 45, 90, 9000, 4500],
        ['2027-02-15', '2027-03-31', 45, 90, 18000, 9000],
      ],
    ],
    [
      'a price change on a quarter’s first day does not split: the new quarter costs the new price',
      {
        startsOn: '2027-03-01',
        listPrices: [
          { from: '2026-01-01', cents: 9000 },
          { from: '2027-04-01', cents: 9100 },
        ],
      },
      '2027-04-01',
      '2027-04-01',
      [
        ['2027-03-01', '2027-03-31', 31, 90, 9000, 3100],
        ['2027-04-01', '2027-06-30', 91, 91, 9100, 9100],
      ],
    ],
    [
      'the agreed price applies before the first list price',
      { priceCents: 4500, listPrices: [{ from: '2027-03-02', cents: 9000 }] },
      '2027-01-01',
      '2027-01-01',
      [
        ['2027-01-01', '2027-03-01', 60, 90, 4500, 3000],
        ['2027-03-02', '2027-03-31', 30, 90, 9000, 3000],
      ],
    ],
    [
      'a list price repeating the price before it does not split',
      { listPrices: [{ from: '2027-02-01', cents: 9000 }] },
      '2027-01-01',
      '2027-01-01',
      [['2027-01-01', '2027-03-31', 90, 90, 9000, 9000]],
    ],
    [
      'an end mid-quarter bills up to and including the last day of service',
      { priceCents: 9100, billedThrough: '2027-03-31', endsOn: '2027-05-15' },
      '2027-04-01',
      '2027-04-01',
      [['2027-04-01', '2027-05-15', 45, 91, 9100, 4500]],
    ],
    [
      'billed through the quarter already: nothing',
      { billedThrough: '2027-06-30' },
      '2027-04-01',
      '2027-04-01',
      [],
    ],
    [
      'billed past the end: nothing here (see prepaidCredit)',
      { billedThrough: '2027-06-30', endsOn: '2027-05-01' },
      '2027-04-01',
      '2027-04-01',
      [],
    ],
    [
      'vn:7.1.3: not yet available on the invoice date: nothing',
      { startsOn: '2027-05-01' },
      '2027-04-01',
      '2027-04-01',
      [],
    ],
    [
      'a late activation catches up the missed quarters',
      { startsOn: '2027-02-15' },
      '2027-07-01',
      '2027-07-01',
      [
        ['2027-02-15', '2027-03-31', 45, 90, 9000, 4500],
        ['2027-04-01', '2027-06-30', 91, 91, 9000, 9000],
        ['2027-07-01', '2027-09-30', 92, 92, 9000, 9000],
      ],
    ],
  ])('%s', (_name, sub, runFrom, asOf, expected) => {
    expect(rows(bill(sub, runFrom, asOf))).toEqual(expected);
  });

  it('explains a segment with the profile’s rule ids, the list price’s article where it applies, and figures', () => {
    const [agreed, listed] = bill(
      { priceCents: 4500, listPrices: [{ from: '2027-03-02', cents: 9000 }], priceBecause: ['bit:5.2'] },
      '2027-01-01',
    );
    expect(agreed?.because).toEqual(['bit:11.1']);
    expect(listed).toMatchObject({
      prorated: true,
      because: ['bit:11.1', 'bit:5.2'],
      figures: {
        subscriptionId: 'SUB-1',
        days: 30,
        periodDays: 90,
        priceCents: 9000,
        priceSource: 'list',
        listedFrom: '2027-03-02',
        charge: 'prorated by days',
        credit: false,
      },
    });
    expect(bill({}, '2027-01-01')[0]).toMatchObject({
      prorated: false,
      figures: { charge: 'whole period', priceSource: 'agreed' },
    });
  });
});

describe('recurringCharges (bit:11.2 domains per calendar year, not prorated)', () => {
  const billDomain = (sub: Partial<RecurringSubscription>, runFrom: string, asOf = runFrom) =>
    recurringCharges({ ...domain, ...sub }, date(runFrom), date(asOf));

  it('bills a partial first year for the whole year, at the price of its first day', () => {
    const segments = billDomain(
      { startsOn: '2027-05-10', priceCents: 1500, listPrices: [{ from: '2027-08-01', cents: 2000 }] },
      '2027-04-01',
      '2027-05-10',
    );
    expect(rows(segments)).toEqual([['2027-05-10', '2027-12-31', 236, 365, 1500, 1500]]);
    expect(segments[0]).toMatchObject({
      prorated: false,
      because: ['bit:11.2'],
      figures: { charge: 'whole period price, not prorated' },
    });
  });

  it('bills the next year whole in the first run that touches it, 366 days in a leap year', () => {
    expect(rows(billDomain({ billedThrough: '2027-12-31', priceCents: 1500 }, '2028-01-01'))).toEqual([
      ['2028-01-01', '2028-12-31', 366, 366, 1500, 1500],
    ]);
    expect(billDomain({ billedThrough: '2028-12-31' }, '2028-04-01')).toEqual([]);
  });

  it('does not charge a year twice when its first part was billed already (an end revoked)', () => {
    const segments = billDomain({ startsOn: '2027-03-01', billedThrough: '2027-06-30' }, '2027-07-01');
    expect(rows(segments)).toEqual([['2027-07-01', '2027-12-31', 184, 365, 9000, 0]]);
    expect(segments[0]?.figures.charge).toBe('period already charged in full');
  });

  it('bills a domain ending mid-year for the whole year', () => {
    expect(rows(billDomain({ endsOn: '2027-02-01' }, '2027-01-01'))).toEqual([
      ['2027-01-01', '2027-02-01', 32, 365, 9000, 9000],
    ]);
  });
});

describe('prepaidCredit', () => {
  const credit = (sub: Partial<RecurringSubscription>) => rows(prepaidCredit({ ...access, ...sub }));

  it('credits the prepaid days after the end by days, as negative amounts', () => {
    expect(credit({ priceCents: 9100, endsOn: '2027-05-15', billedThrough: '2027-06-30' })).toEqual([
      ['2027-05-16', '2027-06-30', 46, 91, 9100, -4600],
    ]);
    expect(credit({ priceCents: 12345, endsOn: '2027-02-14', billedThrough: '2027-03-31' })).toEqual([
      ['2027-02-15', '2027-03-31', 45, 90, 12345, -6173],
    ]);
  });

  it('credits a whole prepaid quarter at exactly its price, split at price changes like the bill', () => {
    expect(
      credit({
        endsOn: '2027-03-31',
        billedThrough: '2027-09-30',
        listPrices: [{ from: '2027-08-01', cents: 18000 }],
      }),
    ).toEqual([
      ['2027-04-01', '2027-06-30', 91, 91, 9000, -9000],
      ['2027-07-01', '2027-07-31', 31, 92, 9000, -3033],
      ['2027-08-01', '2027-09-30', 61, 92, 18000, -11935],
    ]);
  });

  it('credits every billed day when the service ended before it started', () => {
    expect(credit({ startsOn: '2027-05-01', endsOn: '2027-04-20', billedThrough: '2027-06-30' })).toEqual([
      ['2027-05-01', '2027-06-30', 61, 91, 9000, -6033],
    ]);
  });

  it('is empty without an end, before any billing, or when nothing after the end was billed', () => {
    expect(credit({ billedThrough: '2027-06-30' })).toEqual([]);
    expect(credit({ endsOn: '2027-05-01' })).toEqual([]);
    expect(credit({ endsOn: '2027-06-30', billedThrough: '2027-06-30' })).toEqual([]);
    expect(credit({ endsOn: '2027-07-30', billedThrough: '2027-06-30' })).toEqual([]);
  });

  it('bit:11.2: never refunds a domain year', () => {
    expect(prepaidCredit({ ...domain, endsOn: '2027-02-01', billedThrough: '2027-12-31' })).toEqual([]);
  });

  it('marks its segments as credit in the figures', () => {
    const [segment] = prepaidCredit({ ...access, endsOn: '2027-02-14', billedThrough: '2027-03-31' });
    expect(segment).toMatchObject({ prorated: true, because: ['bit:11.1'], figures: { credit: true } });
  });
});

describe('checking the subscription', () => {
  it('names every bad field at once', () => {
    const bad = {
      ...access,
      cadence: 'month',
      proration: 'hours',
      priceCents: 1.5,
      startsOn: '2027-02-30',
      endsOn: 'soon',
      billedThrough: '',
      listPrices: [
        { from: '2027-01-01', cents: -1.2 },
        { from: '2027-01-01', cents: 100 },
      ],
    } as unknown as RecurringSubscription;
    const fields = [
      'cadence',
      'proration',
      'priceCents',
      'startsOn',
      'endsOn',
      'billedThrough',
      'listPrices[0].cents',
      'listPrices[1].from',
    ];
    expect(fieldsOf(() => recurringCharges(bad, date('2027-01-01'), date('2027-01-01')))).toEqual(fields);
    expect(fieldsOf(() => prepaidCredit(bad))).toEqual(fields);
  });
});
