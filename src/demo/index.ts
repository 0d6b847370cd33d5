/** The demo operator: a year of history made by the use cases, for trying Vezel (issue 10). */
export type { DemoOptions, DemoReport } from './load-demo.ts';
export { loadDemo, DEMO_CUSTOMERS } from './load-demo.ts';
export type { DemoUser } from './demo-users.ts';
export { DEMO_PASSWORD } from './demo-users.ts';
export { storeIsEmpty } from './store-is-empty.ts';
