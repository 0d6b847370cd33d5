import type { ComponentType } from 'react';
import type { Role } from './api/session.tsx';
import { HomePage } from './pages/back-office/home-page.tsx';
import { DashboardsPage } from './pages/back-office/dashboards-page.tsx';
import { CustomersPage } from './pages/back-office/customers-page.tsx';
import { CustomerPage } from './pages/back-office/customer-page.tsx';
import { ContractPage } from './pages/back-office/contract-page.tsx';
import { QuotesPage } from './pages/back-office/quotes-page.tsx';
import { OrdersPage } from './pages/back-office/orders-page.tsx';
import { NetworkOrdersPage } from './pages/back-office/network-orders-page.tsx';
import { BillRunsPage } from './pages/back-office/bill-runs-page.tsx';
import { BillRunPage } from './pages/back-office/bill-run-page.tsx';
import { InvoicesPage } from './pages/back-office/invoices-page.tsx';
import { InvoicePage } from './pages/back-office/invoice-page.tsx';
import { BankPage } from './pages/back-office/bank-page.tsx';
import { DunningPage } from './pages/back-office/dunning-page.tsx';
import { DisputesPage } from './pages/back-office/disputes-page.tsx';
import { FaultsPage } from './pages/back-office/faults-page.tsx';
import { FaultPage } from './pages/back-office/fault-page.tsx';
import { MaintenancePage } from './pages/back-office/maintenance-page.tsx';
import { ForceMajeurePage } from './pages/back-office/force-majeure-page.tsx';
import { AbusePage } from './pages/back-office/abuse-page.tsx';
import { TermsPage } from './pages/back-office/terms-page.tsx';
import { ProductsPage } from './pages/back-office/products-page.tsx';
import { UsersPage } from './pages/back-office/users-page.tsx';
import { AuditPage } from './pages/back-office/audit-page.tsx';
import { ProviderOrdersPage } from './pages/provider/provider-orders-page.tsx';
import { ProviderNewOrderPage } from './pages/provider/provider-new-order-page.tsx';
import { ProviderFaultsPage } from './pages/provider/provider-faults-page.tsx';
import { PortalContractsPage } from './pages/customer/portal-contracts-page.tsx';
import { PortalContractPage } from './pages/customer/portal-contract-page.tsx';
import { PortalInvoicesPage } from './pages/customer/portal-invoices-page.tsx';
import { PortalFaultsPage } from './pages/customer/portal-faults-page.tsx';
import { PortalTermsPage } from './pages/customer/portal-terms-page.tsx';

/*
 * Every screen: its path under /app, who may open it (the API enforces the same, this only keeps
 * people away from screens that would answer "not allowed"), and its menu entry if it has one.
 */

export interface Screen {
  readonly path: string;
  readonly component: ComponentType;
  readonly roles: readonly Role[];
  readonly menu?: { readonly nl: string; readonly en: string };
}

const staff: readonly Role[] = ['admin', 'billing', 'noc', 'sales'];
const billing: readonly Role[] = ['admin', 'billing'];
const noc: readonly Role[] = ['admin', 'noc'];
const sales: readonly Role[] = ['admin', 'sales'];

export const screens: readonly Screen[] = [
  { path: 'office', component: HomePage, roles: staff, menu: { nl: 'Vandaag', en: 'Today' } },
  {
    path: 'office/dashboards',
    component: DashboardsPage,
    roles: staff,
    menu: { nl: 'Dashboards', en: 'Dashboards' },
  },
  {
    path: 'office/customers',
    component: CustomersPage,
    roles: staff,
    menu: { nl: 'Klanten', en: 'Customers' },
  },
  { path: 'office/customers/:id', component: CustomerPage, roles: staff },
  { path: 'office/contracts/:id', component: ContractPage, roles: staff },
  { path: 'office/quotes', component: QuotesPage, roles: sales, menu: { nl: 'Offertes', en: 'Quotes' } },
  { path: 'office/orders', component: OrdersPage, roles: sales, menu: { nl: 'Orders', en: 'Orders' } },
  {
    path: 'office/network-orders',
    component: NetworkOrdersPage,
    roles: [...noc, 'sales'],
    menu: { nl: 'Bestellingen derden', en: 'Third-party orders' },
  },
  {
    path: 'office/bill-runs',
    component: BillRunsPage,
    roles: billing,
    menu: { nl: 'Factuurruns', en: 'Bill runs' },
  },
  { path: 'office/bill-runs/:id', component: BillRunPage, roles: billing },
  {
    path: 'office/invoices',
    component: InvoicesPage,
    roles: billing,
    menu: { nl: 'Facturen', en: 'Invoices' },
  },
  { path: 'office/invoices/:id', component: InvoicePage, roles: billing },
  { path: 'office/bank', component: BankPage, roles: billing, menu: { nl: 'Bank', en: 'Bank' } },
  {
    path: 'office/dunning',
    component: DunningPage,
    roles: billing,
    menu: { nl: 'Aanmaningen', en: 'Dunning' },
  },
  {
    path: 'office/disputes',
    component: DisputesPage,
    roles: billing,
    menu: { nl: 'Betwistingen', en: 'Disputes' },
  },
  { path: 'office/faults', component: FaultsPage, roles: noc, menu: { nl: 'Storingen', en: 'Faults' } },
  { path: 'office/faults/:id', component: FaultPage, roles: noc },
  {
    path: 'office/maintenance',
    component: MaintenancePage,
    roles: noc,
    menu: { nl: 'Onderhoud', en: 'Maintenance' },
  },
  {
    path: 'office/force-majeure',
    component: ForceMajeurePage,
    roles: noc,
    menu: { nl: 'Overmacht', en: 'Force majeure' },
  },
  { path: 'office/abuse', component: AbusePage, roles: noc, menu: { nl: 'Misbruik', en: 'Abuse' } },
  {
    path: 'office/terms',
    component: TermsPage,
    roles: ['admin', 'sales'],
    menu: { nl: 'Voorwaarden', en: 'Terms' },
  },
  {
    path: 'office/products',
    component: ProductsPage,
    roles: staff,
    menu: { nl: 'Prijslijsten', en: 'Price lists' },
  },
  { path: 'office/users', component: UsersPage, roles: ['admin'], menu: { nl: 'Gebruikers', en: 'Users' } },
  { path: 'office/audit', component: AuditPage, roles: ['admin'], menu: { nl: 'Auditlog', en: 'Audit log' } },
  {
    path: 'provider',
    component: ProviderOrdersPage,
    roles: ['provider'],
    menu: { nl: 'Bestellingen', en: 'Orders' },
  },
  {
    path: 'provider/orders/new',
    component: ProviderNewOrderPage,
    roles: ['provider'],
    menu: { nl: 'Nieuwe bestelling', en: 'New order' },
  },
  {
    path: 'provider/faults',
    component: ProviderFaultsPage,
    roles: ['provider'],
    menu: { nl: 'Storingen', en: 'Faults' },
  },
  {
    path: 'portal',
    component: PortalContractsPage,
    roles: ['customer'],
    menu: { nl: 'Contracten', en: 'Contracts' },
  },
  { path: 'portal/contracts/:id', component: PortalContractPage, roles: ['customer'] },
  {
    path: 'portal/invoices',
    component: PortalInvoicesPage,
    roles: ['customer'],
    menu: { nl: 'Facturen', en: 'Invoices' },
  },
  {
    path: 'portal/faults',
    component: PortalFaultsPage,
    roles: ['customer'],
    menu: { nl: 'Storingen', en: 'Faults' },
  },
  {
    path: 'portal/terms',
    component: PortalTermsPage,
    roles: ['customer'],
    menu: { nl: 'Voorwaarden', en: 'Terms' },
  },
];

/** Where a role lands after signing in. */
export function homeOf(role: Role): string {
  if (role === 'provider') return '/provider';
  if (role === 'customer') return '/portal';
  return '/office';
}
