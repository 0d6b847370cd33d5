import { addProduct } from '../../catalog/index.ts';
import type { ProductKind } from '../../catalog/index.ts';
import type { DemoEpisode } from '../demo-world.ts';

/** The demo's catalog: code, seller, kind, name and net price per period or unit. */
export const DEMO_PRODUCTS = [
  ['COLO-1U', 'bit', 'colocation', 'Colocatie 1U, Ede', 22_500],
  ['COLO-HALF', 'bit', 'colocation', 'Colocatie halve rack, Ede', 67_500],
  ['VPS-M', 'bit', 'hosting', 'VPS medium', 7_500],
  ['WEB-BASIS', 'bit', 'hosting', 'Webhosting basis', 2_700],
  ['DOMEIN-NL', 'bit', 'domain', 'Domeinnaam .nl', 1_200],
  ['UUR-TECH', 'bit', 'hourly-service', 'Technische werkzaamheden per uur', 8_500],
  ['VN-ACCESS-1G', 'vitrumnet', 'access', 'Access 1 Gbit/s', 13_500],
  ['VN-KOPPELING', 'vitrumnet', 'link', 'Koppeling tussen twee aansluitpunten', 19_500],
  ['VN-UUR', 'vitrumnet', 'hourly-service', 'Werkzaamheden per uur', 9_500],
  ['VN-VERKEER', 'vitrumnet', 'usage-traffic', 'Dataverkeer boven de bundel, per TB', 400],
] as const satisfies readonly (readonly [string, 'bit' | 'vitrumnet', ProductKind, string, number])[];

export type DemoProductCode = (typeof DEMO_PRODUCTS)[number][0];

/** On the first day the admin enters both sellers' catalogs (the sellers and their terms ship with Vezel). */
export function catalogEpisode(): DemoEpisode {
  return {
    name: 'catalog',
    async run(today, world) {
      if (today.daysIn !== 0) return;
      const context = today.as(world.staff.admin, '08:30');
      for (const [code, sellerId, kind, name, amountCents] of DEMO_PRODUCTS) {
        const product = await addProduct(context, {
          sellerId,
          code,
          name,
          kind,
          vatCategory: 'standard',
          firstPrice: { amountCents },
        });
        world.products.set(code, product.id);
      }
    },
  };
}
