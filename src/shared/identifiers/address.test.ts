import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type FieldProblem } from '../errors/index.ts';
import { address } from './address.ts';

function problemsOf(value: unknown, field = 'billingAddress'): readonly FieldProblem[] {
  try {
    address(value, field);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems;
  }
  throw new Error('address was accepted');
}

describe('address', () => {
  it('normalises a Dutch address and defaults the country to NL', () => {
    expect(
      address({ street: ' Galileïlaan ', houseNumber: '19', postcode: '6716bp', city: 'Ede' }, 'address'),
    ).toEqual({ street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede', country: 'NL' });
  });

  it('keeps a house number addition and drops an empty one', () => {
    const base = { street: 'Weena', houseNumber: 1, postcode: '3012 CM', city: 'Rotterdam', country: 'nl' };
    expect(address({ ...base, houseNumberAddition: 'A' }, 'a')).toEqual({
      street: 'Weena',
      houseNumber: '1',
      houseNumberAddition: 'A',
      postcode: '3012 CM',
      city: 'Rotterdam',
      country: 'NL',
    });
    expect(address({ ...base, houseNumberAddition: '2 hoog' }, 'a').houseNumberAddition).toBe('2 hoog');
    expect(Object.keys(address({ ...base, houseNumberAddition: ' ' }, 'a'))).not.toContain(
      'houseNumberAddition',
    );
    expect(Object.keys(address({ ...base, houseNumberAddition: null }, 'a'))).not.toContain(
      'houseNumberAddition',
    );
  });

  it('takes a foreign postcode and house number as written', () => {
    expect(
      address(
        { street: 'Rue de la Loi', houseNumber: '16-18', postcode: '1000', city: 'Bruxelles', country: 'BE' },
        'a',
      ),
    ).toEqual({
      street: 'Rue de la Loi',
      houseNumber: '16-18',
      postcode: '1000',
      city: 'Bruxelles',
      country: 'BE',
    });
    expect(
      address(
        { street: 'Baker Street', houseNumber: '221B', postcode: 'nw1  6xe', city: 'London', country: 'GB' },
        'a',
      ).postcode,
    ).toBe('NW1 6XE');
  });

  it('collapses runs of spaces inside street and city names', () => {
    const result = address(
      { street: 'Laan  van\tMeerdervoort', houseNumber: '1', postcode: '2517 AA', city: "  's-Gravenhage " },
      'a',
    );
    expect(result.street).toBe('Laan van Meerdervoort');
    expect(result.city).toBe("'s-Gravenhage");
  });

  it('reports every problem at once, each under its dotted field, in form order', () => {
    expect(
      problemsOf({ street: '', houseNumber: '19a', postcode: '0123 AB', city: 42, country: 'NL' }),
    ).toEqual([
      { field: 'billingAddress.street', problem: 'is empty' },
      {
        field: 'billingAddress.houseNumber',
        problem: "must be the number only: put '19' here and 'a' in houseNumberAddition",
      },
      { field: 'billingAddress.postcode', problem: "'0123 AB' starts with 0, which no Dutch postcode does" },
      { field: 'billingAddress.city', problem: 'must be text, not a number' },
    ]);
  });

  it('names every missing part', () => {
    expect(problemsOf({}, 'deliveryAddress')).toEqual([
      { field: 'deliveryAddress.street', problem: 'is required' },
      { field: 'deliveryAddress.houseNumber', problem: 'is required' },
      { field: 'deliveryAddress.postcode', problem: 'is required' },
      { field: 'deliveryAddress.city', problem: 'is required' },
    ]);
  });

  it('reports a wrong country last and then checks the postcode only for being there', () => {
    expect(
      problemsOf({ street: 'Weena', houseNumber: '1', postcode: 'x', city: 'Rotterdam', country: 'UK' }),
    ).toEqual([
      {
        field: 'billingAddress.country',
        problem: "'UK' is not an ISO 3166 country code: the United Kingdom is GB",
      },
    ]);
  });

  it('checks the postcode as Dutch only in NL', () => {
    const rest = { street: 'Hauptstraße', houseNumber: '1', city: 'Berlin' };
    expect(address({ ...rest, postcode: '10115', country: 'DE' }, 'a').postcode).toBe('10115');
    expect(problemsOf({ ...rest, postcode: '10115' })).toEqual([
      {
        field: 'billingAddress.postcode',
        problem: "must be 4 digits and 2 letters, e.g. 1234 AB, not '10115'",
      },
    ]);
    expect(problemsOf({ ...rest, postcode: ' ', country: 'DE' })).toEqual([
      { field: 'billingAddress.postcode', problem: 'is empty' },
    ]);
  });

  it.each([
    ['0', "must be a number from 1 to 99999, not '0'"],
    ['123456', "must be a number from 1 to 99999, not '123456'"],
    ['a', "must be a number from 1 to 99999, not 'a'"],
    ['12-14', "must be the number only: put '12' here and '14' in houseNumberAddition"],
    ['12 bis', "must be the number only: put '12' here and 'bis' in houseNumberAddition"],
  ])('refuses the Dutch house number %j', (houseNumber, problem) => {
    expect(problemsOf({ street: 'Weena', houseNumber, postcode: '3012 CM', city: 'Rotterdam' })).toEqual([
      { field: 'billingAddress.houseNumber', problem },
    ]);
  });

  it('refuses a house number addition that is not a short code', () => {
    expect(
      problemsOf({
        street: 'Weena',
        houseNumber: '1',
        houseNumberAddition: 'naast de bakker',
        postcode: '3012 CM',
        city: 'R',
      }),
    ).toEqual([
      {
        field: 'billingAddress.houseNumberAddition',
        problem: "must be up to 10 letters and digits, e.g. A or 2 hoog, not 'naast de bakker'",
      },
    ]);
  });

  it('refuses what is not an address object', () => {
    for (const value of [null, 'Weena 1, Rotterdam', ['Weena'], 12])
      expect(problemsOf(value)).toEqual([
        {
          field: 'billingAddress',
          problem: 'must be an address with street, houseNumber, postcode and city',
        },
      ]);
  });

  it('leaves out parts it does not know', () => {
    const result = address(
      { street: 'Weena', houseNumber: '1', postcode: '3012 CM', city: 'Rotterdam', floor: 3 },
      'a',
    );
    expect(result).not.toHaveProperty('floor');
  });

  it('refuses a part that is not text', () => {
    expect(problemsOf({ street: {}, houseNumber: true, postcode: ['3012 CM'], city: null })).toEqual([
      { field: 'billingAddress.street', problem: 'must be text, not an object' },
      { field: 'billingAddress.houseNumber', problem: 'must be text, not a boolean' },
      { field: 'billingAddress.postcode', problem: 'must be text, not a list' },
      { field: 'billingAddress.city', problem: 'must be text, not null' },
    ]);
  });

  it('is idempotent on Dutch addresses, however typed', () => {
    const letter = fc.constantFrom(...'ABCDEFGHJKLMNPRTVWXZ');
    const words = fc.array(fc.constantFrom('Laan', 'van', 'Meerdervoort', "'s-Gravenhage", 'Ede'), {
      minLength: 1,
      maxLength: 3,
    });
    const spaced = (parts: string[]) => fc.constantFrom(' ', '  ', '\t').map((space) => parts.join(space));
    const input = fc.record({
      street: words.chain(spaced),
      houseNumber: fc.oneof(
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 1, max: 99999 }).map(String),
      ),
      houseNumberAddition: fc.option(fc.constantFrom('A', 'b', '2 hoog', 'III'), { nil: undefined }),
      postcode: fc
        .tuple(fc.integer({ min: 1000, max: 9999 }), letter, letter, fc.constantFrom('', ' '))
        .map(([digits, a, b, space]) => `${digits}${space}${a}${b}`.toLowerCase()),
      city: words.chain(spaced),
      country: fc.constantFrom(undefined, 'NL', 'nl'),
    });
    fc.assert(
      fc.property(input, (value) => {
        const once = address(value, 'a');
        expect(address(once, 'a')).toEqual(once);
        expect(once.country).toBe('NL');
        expect(once.postcode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      }),
    );
  });
});
