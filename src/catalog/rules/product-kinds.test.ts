import { describe, expect, it } from 'vitest';
import { SERVICE_KINDS } from '../../contracts/rules/index.ts';
import { PRODUCT_KINDS, isProductKind, productKindOf } from './product-kinds.ts';
import type { ProductKind } from './product-kinds.ts';
import { problemsOf } from './test-support.ts';

describe('product kinds', () => {
  it('bills access, links, colocation, hosting and third-party services per quarter in advance (bit:11.1, vn:7.1.5)', () => {
    for (const kind of ['access', 'link', 'colocation', 'hosting', 'third-party-service'] as const) {
      const info = productKindOf(kind);
      expect(info).toMatchObject({ charged: 'recurring', unit: 'period' });
      expect(info.cadence).toEqual({ period: 'quarter', timing: 'in-advance' });
    }
    expect(productKindOf('access').rules).toEqual(['bit:11.1', 'vn:7.1.3', 'vn:7.1.5']);
    expect(productKindOf('colocation').rules).toEqual(['bit:11.1']);
  });

  it('bills domains per calendar year in advance (bit:11.2)', () => {
    expect(productKindOf('domain')).toEqual({
      kind: 'domain',
      charged: 'recurring',
      unit: 'period',
      cadence: { period: 'year', timing: 'in-advance' },
      serviceKind: 'domain',
      rules: ['bit:11.2'],
    });
  });

  it.each([
    ['usage-traffic', 'GB'],
    ['usage-power', 'kWh'],
    ['usage-bandwidth-95', 'Mbps'],
  ] as const)('rates %s per %s, per quarter in arrears (vn:7.1.4)', (kind, unit) => {
    expect(productKindOf(kind)).toEqual({
      kind,
      charged: 'usage',
      unit,
      cadence: { period: 'quarter', timing: 'in-arrears' },
      serviceKind: null,
      rules: ['vn:7.1.4'],
    });
  });

  it.each([
    ['hourly-service', 'hourly', 'hour', ['bit:5.1']],
    ['one-time-charge', 'one-time', 'each', ['vn:7.1.3', 'vn:7.3.1']],
    ['deposit', 'deposit', 'each', ['vn:7.2.1']],
  ] as const)('bills %s once: %s per %s', (kind, charged, unit, rules) => {
    expect(productKindOf(kind)).toEqual({ kind, charged, unit, cadence: null, serviceKind: null, rules });
  });

  it('maps each service to a contracts service kind, third-party services to other', () => {
    const services = PRODUCT_KINDS.map((kind) => productKindOf(kind).serviceKind).filter((s) => s !== null);
    for (const service of services) expect(SERVICE_KINDS).toContain(service);
    expect(productKindOf('third-party-service').serviceKind).toBe('other');
  });

  it('gives every recurring or usage kind a cadence and no other kind one', () => {
    for (const kind of PRODUCT_KINDS) {
      const info = productKindOf(kind);
      expect(info.cadence !== null).toBe(info.charged === 'recurring' || info.charged === 'usage');
      expect(info.rules.length).toBeGreaterThan(0);
    }
  });

  it('refuses a kind it does not know, listing the kinds', () => {
    expect(isProductKind('access')).toBe(true);
    expect(isProductKind('toString')).toBe(false);
    const [problem] = problemsOf(() => productKindOf('fax' as ProductKind));
    expect(problem?.field).toBe('kind');
    expect(problem?.problem).toMatch(/^'fax' is not a product kind; one of access, link, /);
  });
});
