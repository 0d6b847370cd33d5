import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { governingVersion } from './governing-version.ts';
import type { GoverningVersionInput, Objection, TermsVersion } from './governing-version.ts';

const d = (text: string) => Temporal.PlainDate.from(text);

// vn:1.1.4: VitrumNet's terms give 30 days to object to a change.
const vitrumnet: TermsVersion[] = [
  { id: 'vn-2.5', publishedOn: d('2018-04-15'), objectionDays: 30 },
  { id: 'vn-2.6', publishedOn: d('2027-01-01'), objectionDays: 30 },
  { id: 'vn-2.7', publishedOn: d('2028-01-01'), objectionDays: 30 },
];

function ask(date: string, objections: Objection[] = [], overrides: Partial<GoverningVersionInput> = {}) {
  return governingVersion({
    formedOn: d('2025-03-01'),
    versions: vitrumnet,
    objections,
    renewalStarts: [],
    date: d(date),
    ...overrides,
  });
}

describe('governingVersion (vn:1.1.4)', () => {
  it('starts under the version in force at formation', () => {
    expect(ask('2026-06-01').value).toBe('vn-2.5');
    expect(ask('2026-06-01').because).toEqual([]);
  });

  it('keeps the old version through the 30-day window, and applies the new one the day after', () => {
    expect(ask('2027-01-31').value).toBe('vn-2.5');
    const after = ask('2027-02-01');
    expect(after.value).toBe('vn-2.6');
    expect(after.because).toEqual(['vn:1.1.4']);
    expect(after.figures.steps[0]).toMatchObject({ version: 'vn-2.6', appliesFrom: '2027-02-01' });
  });

  it('keeps an objector on the old version until the operator decides', () => {
    const pending: Objection = { versionId: 'vn-2.6', receivedOn: d('2027-01-31') };
    expect(ask('2027-06-01', [pending]).value).toBe('vn-2.5');
    expect(ask('2027-06-01', [pending]).figures.steps[0]?.reason).toMatch(/awaits the operator's decision/);
  });

  it('applies the new version from the decision when the operator decides so', () => {
    const decided: Objection = {
      versionId: 'vn-2.6',
      receivedOn: d('2027-01-10'),
      decision: { on: d('2027-03-15'), outcome: 'new-version-applies' },
    };
    expect(ask('2027-03-14', [decided]).value).toBe('vn-2.5');
    expect(ask('2027-03-15', [decided]).value).toBe('vn-2.6');
  });

  it('never applies the new version to an objector before the window has closed', () => {
    const early: Objection = {
      versionId: 'vn-2.6',
      receivedOn: d('2027-01-05'),
      decision: { on: d('2027-01-10'), outcome: 'new-version-applies' },
    };
    expect(ask('2027-01-20', [early]).value).toBe('vn-2.5');
    expect(ask('2027-02-01', [early]).value).toBe('vn-2.6');
  });

  it('lets an upheld objection pass a version by, and gives the next version its own window', () => {
    const upheld: Objection = {
      versionId: 'vn-2.6',
      receivedOn: d('2027-01-20'),
      decision: { on: d('2027-02-10'), outcome: 'old-version-kept' },
    };
    expect(ask('2027-12-31', [upheld]).value).toBe('vn-2.5');
    expect(ask('2028-01-31', [upheld]).value).toBe('vn-2.5');
    expect(ask('2028-02-01', [upheld]).value).toBe('vn-2.7');
  });

  it('ignores an objection received after the window', () => {
    const late: Objection = { versionId: 'vn-2.6', receivedOn: d('2027-02-01') };
    expect(ask('2027-02-01', [late]).value).toBe('vn-2.6');
  });

  it('puts a contract formed after a publication under the new version at once', () => {
    expect(ask('2027-01-05', [], { formedOn: d('2027-01-02') }).value).toBe('vn-2.6');
  });
});

describe('governingVersion without an objection right (bit:12.1)', () => {
  const bit: TermsVersion[] = [
    { id: 'bit-2016', publishedOn: d('2016-10-25'), objectionDays: null },
    { id: 'bit-2027', publishedOn: d('2027-03-01'), objectionDays: null },
  ];
  const input = (date: string, renewalStarts: string[]) =>
    governingVersion({
      formedOn: d('2025-01-01'),
      versions: bit,
      objections: [],
      renewalStarts: renewalStarts.map(d),
      date: d(date),
    });

  it('applies a new version from the first renewal after its publication', () => {
    const renewals = ['2026-01-01', '2027-01-01', '2028-01-01'];
    expect(input('2027-12-31', renewals).value).toBe('bit-2016');
    const renewed = input('2028-01-01', renewals);
    expect(renewed.value).toBe('bit-2027');
    expect(renewed.because).toEqual(['bit:12.1']);
  });

  it('keeps the version of a contract that never renews', () => {
    expect(input('2030-01-01', []).value).toBe('bit-2016');
  });
});

describe('governingVersion, properties', () => {
  const day = fc.integer({ min: 0, max: 4000 }).map((n) => d('2025-01-01').add({ days: n }));

  it('never moves back to an older version as time passes', () => {
    fc.assert(
      fc.property(day, day, fc.boolean(), (a, b, objects) => {
        const [first, second] = Temporal.PlainDate.compare(a, b) <= 0 ? [a, b] : [b, a];
        const objections: Objection[] = objects ? [{ versionId: 'vn-2.6', receivedOn: d('2027-01-15') }] : [];
        const order = vitrumnet.map((v) => v.id);
        const at = (date: Temporal.PlainDate) => order.indexOf(ask(date.toString(), objections).value);
        expect(at(second)).toBeGreaterThanOrEqual(at(first));
      }),
    );
  });

  it('without objections, the governing version is the newest whose window closed before the date', () => {
    fc.assert(
      fc.property(day, (date) => {
        const expected = [...vitrumnet]
          .reverse()
          .find(
            (v) =>
              v.id === 'vn-2.5' || Temporal.PlainDate.compare(v.publishedOn.add({ days: 31 }), date) <= 0,
          );
        expect(ask(date.toString()).value).toBe(expected?.id);
      }),
    );
  });
});
