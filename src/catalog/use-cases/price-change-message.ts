import type { Notice } from '../../notifications/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { formatAmount, formatEuro } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { PriceChangeNoticeFigures } from '../rules/index.ts';
import type { ListedPrice, ProductView } from './product-view.ts';

/** The price-change notice a customer receives (vn:7.4.3, bit:5.2): old and new price, from when, why. */
export function priceChangeMessage(
  product: ProductView,
  previousCents: Cents,
  price: ListedPrice,
  notice: Explanation<boolean, PriceChangeNoticeFigures>,
): Notice {
  const unit = perUnit(product);
  const vat = 'excl. VAT';
  return {
    kind: 'price-change',
    about: `product:${product.id}`,
    subject: `Price change for ${product.name} (${product.code}) from ${price.effectiveFrom}`,
    body: [
      `The price of ${product.name} (${product.code}) changes on ${price.effectiveFrom}.`,
      `Until then: ${formatEuro(previousCents)}${unit}, ${vat}.`,
      `From ${price.effectiveFrom}: ${formatEuro(price.amountCents)}${unit}, ${vat}.`,
      `Announced on ${price.announcedOn} under ${notice.because.join(', ')} of the general terms.`,
    ].join('\n'),
    because: notice.because,
    payload: {
      productId: product.id,
      code: product.code,
      sellerId: product.sellerId,
      previousAmount: formatAmount(previousCents),
      amount: formatAmount(price.amountCents),
      previousCents,
      amountCents: price.amountCents,
      effectiveFrom: price.effectiveFrom,
      announcedOn: price.announcedOn,
      unit: product.unit,
      inTime: notice.value,
    },
  };
}

function perUnit(product: ProductView): string {
  if (product.unit === 'each') return '';
  if (product.unit === 'period') {
    const period = product.billing.value?.period;
    return period ? ` per ${period}` : '';
  }
  return ` per ${product.unit}`;
}
