import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { readCsvHeader, readUsageLine, splitCsvLine } from './usage-file-rows.ts';

const today = '2026-11-22';
const header = 'record_id,customer_id,product_id,quantity,occurred_on,description';

describe('usage file rows', () => {
  it('splits CSV fields the RFC 4180 way, within one line', () => {
    expect(splitCsvLine('a,b,,d', 2)).toEqual(['a', 'b', '', 'd']);
    expect(splitCsvLine('a,"b, c","say ""hi""",', 2)).toEqual(['a', 'b, c', 'say "hi"', '']);
    expect(splitCsvLine('a,b\r', 2)).toEqual(['a', 'b']);
    expect(() => splitCsvLine('a,"b', 7)).toThrow(/line 7: has a quoted field that does not end on the line/);
    expect(() => splitCsvLine('"a"b,c', 7)).toThrow(/text after a closing quote/);
  });

  it('reads the header in any order, and refuses unknown, repeated or missing columns', () => {
    expect(readCsvHeader('\uFEFFQuantity,record_id,customer_id,product_id,occurred_on')).toEqual([
      'quantity',
      'recordId',
      'customerId',
      'productId',
      'occurredOn',
    ]);
    try {
      readCsvHeader('record_id,record_id,qty,customer_id');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).problems[0]).toMatchObject({
        field: 'line 1',
        problem: expect.stringMatching(
          /^unknown columns 'qty'; columns named twice: record_id; missing columns product_id, quantity, occurred_on/,
        ),
      });
    }
  });

  it('reads a CSV row, naming problems by line and column', () => {
    const layout = readCsvHeader(header);
    expect(readUsageLine('R-1,CU-1,P-1,2.5,2026-11-01,"Rack 4, kWh"', 2, 'csv', layout, today)).toEqual({
      recordId: 'R-1',
      customerId: 'CU-1',
      productId: 'P-1',
      quantity: '2.5',
      occurredOn: '2026-11-01',
      subscriptionId: null,
      description: 'Rack 4, kWh',
    });
    expect(readUsageLine('R-1,CU-1,P-1,-2,2026-13-01,', 9, 'csv', layout, today)).toEqual([
      { field: 'line 9 quantity', problem: "'-2' must be a number greater than 0, without a sign" },
      { field: 'line 9 occurred_on', problem: "'2026-13-01' is not a date (YYYY-MM-DD)" },
    ]);
    expect(readUsageLine('R-1,CU-1', 4, 'csv', layout, today)).toEqual([
      { field: 'line 4', problem: 'has 2 fields where the header names 6 columns' },
    ]);
  });

  it('reads an NDJSON line with the API’s field names', () => {
    const line = JSON.stringify({
      recordId: 'R-1',
      customerId: 'CU-1',
      productId: 'P-1',
      quantity: 3,
      occurredOn: '2026-11-01',
    });
    expect(readUsageLine(line, 1, 'ndjson', undefined, today)).toMatchObject({
      recordId: 'R-1',
      quantity: '3',
    });
    expect(readUsageLine('{"recordId":', 5, 'ndjson', undefined, today)).toEqual([
      { field: 'line 5', problem: expect.stringMatching(/^is not JSON: /) },
    ]);
    expect(readUsageLine('{"record_id":"R-1"}', 6, 'ndjson', undefined, today)).toContainEqual({
      field: 'line 6 record_id',
      problem: 'is not a known field',
    });
  });
});
