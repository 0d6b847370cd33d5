/** The sellers context: the companies that sell, each with its terms profile, identifiers and number series. */
export type { Seller } from './use-cases/get-seller.ts';
export { getSeller, listSellers } from './use-cases/get-seller.ts';
export type { AddSeller } from './use-cases/add-seller.ts';
export { addSeller } from './use-cases/add-seller.ts';
export type { UpdateSeller, SellerChanges } from './use-cases/update-seller.ts';
export { updateSeller } from './use-cases/update-seller.ts';
export type { SellerFields } from './rules/seller-fields.ts';
