/** The customers context: customers, business or consumer, with their contacts by role. */
export type { CustomerKind } from './rules/customer-kind.ts';
export { CUSTOMER_KINDS, DEFAULT_CUSTOMER_KIND } from './rules/customer-kind.ts';
export type { ContactRole } from './rules/contact-fields.ts';
export { CONTACT_ROLES } from './rules/contact-fields.ts';
export type { FaultReadiness, FaultReadinessItem } from './rules/fault-contact.ts';
export { faultReadiness, FAULT_READINESS_ITEMS } from './rules/fault-contact.ts';
export type {
  ContactView,
  CustomerPage,
  CustomerSummary,
  CustomerSort,
  CustomerView,
  ListCustomers,
} from './use-cases/get-customer.ts';
export {
  CUSTOMER_SORTS,
  getCustomer,
  listCustomers,
  customerExists,
  requireCustomer,
} from './use-cases/get-customer.ts';
export type { CreateCustomer, ContactInput } from './use-cases/create-customer.ts';
export { createCustomer } from './use-cases/create-customer.ts';
export type { UpdateCustomer, CustomerChanges } from './use-cases/update-customer.ts';
export { updateCustomer } from './use-cases/update-customer.ts';
export type { AddContact, ContactChange } from './use-cases/add-contact.ts';
export { addContact } from './use-cases/add-contact.ts';
export type { UpdateContact } from './use-cases/update-contact.ts';
export { updateContact } from './use-cases/update-contact.ts';
export type { RemoveContact } from './use-cases/remove-contact.ts';
export { removeContact } from './use-cases/remove-contact.ts';
export type { CustomerTimelineEvent, CustomerTimelinePage } from './use-cases/list-customer-timeline.ts';
export { listCustomerTimeline, MAX_TIMELINE_PAGE } from './use-cases/list-customer-timeline.ts';
export type { CustomerOverview } from './use-cases/get-customer-overview.ts';
export { getCustomerOverview } from './use-cases/get-customer-overview.ts';
