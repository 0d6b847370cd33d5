/** The catalog rules: product kinds and their billing, VAT categories, dated prices and their notice. */
export type { ProductKind, ChargeKind, ProductUnit, Cadence, ProductKindInfo } from './product-kinds.ts';
export { PRODUCT_KINDS, CHARGE_KINDS, isProductKind, productKindOf } from './product-kinds.ts';
export type { BillingCadenceFigures } from './billing-cadence.ts';
export { billingCadence } from './billing-cadence.ts';
export type { VatCategory } from './vat-category.ts';
export { PRODUCT_VAT_CATEGORIES, isProductVatCategory, vatPercentOf } from './vat-category.ts';
export type { DatedPrice, PriceChange, PriceOnFigures } from './price-list.ts';
export {
  PRICE_LIST_RULES,
  priceOn,
  priceChangesBetween,
  knownFutureIncreases,
  checkNewPrice,
  checkPriceList,
} from './price-list.ts';
export type { PriceChangeAnnouncement, PriceChangeNoticeFigures } from './price-change-notice.ts';
export { PRICE_CHANGE_NOTICE_RULES, priceChangeNotice } from './price-change-notice.ts';
