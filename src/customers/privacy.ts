/**
 * Privacy (vn:5.1): a customer's data exported, and erased once its contracts have ended. Kept apart
 * from index.ts: the erasure asks the contracts and collections contexts, which import that index.
 */
export type { CustomerDataExport } from './use-cases/export-customer-data.ts';
export { exportCustomerData } from './use-cases/export-customer-data.ts';
export type { EraseCustomerOptions, ErasureReport } from './use-cases/erase-customer.ts';
export { eraseCustomer } from './use-cases/erase-customer.ts';
