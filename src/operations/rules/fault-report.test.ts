import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { FAULT_REPORT_ITEMS, readFaultReport } from './fault-report.ts';

const complete = {
  reporterName: 'Noor Bakker',
  customerName: 'Bakkerij De Korenaar B.V.',
  contactPerson: 'Jan de Vries',
  contactPhone: '06 12345678',
  description: 'Link down since 00:20, no light on the switch',
  phoneOfficeHours: '0318 648 688',
  phoneOutsideOfficeHours: '+31 6 87654321',
  endPointA: 'Voorstraat 12, Dordrecht',
  endPointB: 'Datacenter Rotterdam, rack 14',
};

function refusal(input: unknown, prefix?: string): InvalidInputError {
  try {
    readFaultReport(input, prefix);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('the report was accepted');
}

describe('readFaultReport (vn:6.4.9)', () => {
  it('keeps a complete report, trimmed, with phone numbers in E.164', () => {
    expect(readFaultReport({ ...complete, reporterName: '  Noor Bakker ' })).toEqual({
      ...complete,
      contactPhone: '+31612345678',
      phoneOfficeHours: '+31318648688',
      phoneOutsideOfficeHours: '+31687654321',
    });
  });

  it.each(FAULT_REPORT_ITEMS.map((item) => item.field))(
    'refuses a report without %s, naming it and the rule',
    (field) => {
      const error = refusal({ ...complete, [field]: '  ' });
      expect(error.problems.map((p) => p.field)).toEqual([field]);
      expect(error.message).toContain('vn:6.4.9');
    },
  );

  it('names every missing item in one refusal, with the prefix', () => {
    const error = refusal({}, 'report.');
    expect(error.problems.map((p) => p.field)).toEqual(
      FAULT_REPORT_ITEMS.map((item) => `report.${item.field}`),
    );
    expect(error.problems.every((p) => p.problem.includes('vn:6.4.9'))).toBe(true);
  });

  it('refuses a bad phone number, an unknown field and text that is not text, all at once', () => {
    const error = refusal({ ...complete, contactPhone: 'call me', extra: 1, endPointB: 12 });
    expect(error.problems.map((p) => p.field).sort()).toEqual(['contactPhone', 'endPointB', 'extra']);
  });

  it('refuses a report that is not an object', () => {
    expect(refusal('down', 'report.').problems.map((p) => p.field)).toEqual(['report']);
  });
});
