/** The catalog context: products per seller, their kinds, and price lists with dated prices. */
export type { ProductRow, ProductPriceRow } from './store.ts';
export type { ListedPrice, ProductView } from './use-cases/product-view.ts';
export type { AddProduct } from './use-cases/add-product.ts';
export { addProduct } from './use-cases/add-product.ts';
export type { RetireProduct } from './use-cases/retire-product.ts';
export { retireProduct } from './use-cases/retire-product.ts';
export type { ListProducts } from './use-cases/get-product.ts';
export { getProduct, listProducts } from './use-cases/get-product.ts';
export type { SchedulePrice, ScheduledPrice } from './use-cases/schedule-price.ts';
export { schedulePrice } from './use-cases/schedule-price.ts';
export type { PriceOn, ProductPriceFigures } from './use-cases/price-on.ts';
export { productPriceOn } from './use-cases/price-on.ts';
export type { ProductKind, VatCategory, PriceChange, ProductUnit, ChargeKind } from './rules/index.ts';
export {
  PRODUCT_KINDS,
  PRODUCT_VAT_CATEGORIES,
  CHARGE_KINDS,
  isProductKind,
  productKindOf,
} from './rules/index.ts';
