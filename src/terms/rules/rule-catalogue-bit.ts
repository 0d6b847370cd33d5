import type { CatalogueRule } from './catalogue-rule.ts';
import { enforced, informational, planned, enforcedWorkflow } from './catalogue-rule.ts';

/** BIT B.V., Algemene verkoop- en leveringsvoorwaarden versie 2016-10-25 (shared/terms/CLAUSES.md). */
export const bitRules: readonly CatalogueRule[] = [
  enforced('bit:1.1', 'These terms govern all offers and contracts; deviations only when agreed in writing'),
  informational(
    'bit:1.3',
    "The customer's own terms apply only where they do not conflict; ours take precedence",
  ),
  planned('bit:1.4', 'operations', 'The Acceptable Use Policy and Abuse Policy apply'),
  enforced('bit:2.1', 'Offers and quotes are non-binding unless stated otherwise'),
  enforced(
    'bit:2.3',
    'Refusal within 14 days; the contract forms 14 days after acceptance, or earlier on written confirmation or start of execution',
  ),
  planned('bit:3.1', 'contracts', 'Orders may be refused without reason, or delivered cash on delivery only'),
  planned('bit:3.2', 'operations', 'Delivery times are indicative, never a deadline'),
  planned('bit:3.4', 'billing', 'Prepayment may be required'),
  enforced('bit:4.1', 'Cancellation after formation, with consent: 15% of the order price incl. VAT'),
  planned(
    'bit:5.1',
    'billing',
    'Prices are net of VAT, packaging, transport and installation; services by hourly rate',
  ),
  enforcedWorkflow(
    'bit:5.2',
    'Prices may rise with cost factors; known future increases are on the order confirmation',
  ),
  planned(
    'bit:6.1',
    'operations',
    'Force majeure: a circumstance beyond control that makes performance unreasonable to demand',
  ),
  planned('bit:6.2', 'operations', "Force majeure includes outages of third parties' telecom facilities"),
  enforced('bit:6.3', 'Temporary force majeure: performance is suspended while it lasts'),
  enforced(
    'bit:6.4',
    'Suspension for force majeure over 30 days: the customer may end the affected services',
  ),
  enforced('bit:6.5', 'Permanent force majeure: the seller may end the affected services for the future'),
  planned('bit:6.6', 'billing', 'Work performed before the force majeure became known may be billed'),
  informational('bit:7', 'Intellectual property stays with the seller'),
  enforced(
    'bit:8.6',
    'Liability, where not excluded, is capped at the total of the contract or partial delivery',
  ),
  enforced('bit:9.1', 'Delivery complaints only in writing within 3 working days after delivery'),
  enforced('bit:9.2', 'Invoice complaints in writing within 14 working days after the invoice date'),
  enforced('bit:9.3', 'After these terms the delivery or invoice counts as approved'),
  planned('bit:9.4', 'contracts', 'A justified complaint only obliges the seller to deliver after all'),
  enforced('bit:9.5', 'A justified complaint suspends payment of the disputed part only'),
  planned('bit:9.6', 'operations', 'Returns only with prior written permission'),
  planned('bit:10.1', 'network', 'Title to goods stays with the seller until everything owed is paid'),
  planned(
    'bit:10.2',
    'contracts',
    'On insolvency, liquidation or death the seller may dissolve and reclaim unpaid goods',
  ),
  planned(
    'bit:10.3',
    'collections',
    'After dissolution every claim falls due at once; damages remain claimable',
  ),
  enforced('bit:11.1', 'Access, hosting, colocation and service contracts are invoiced quarterly in advance'),
  enforced('bit:11.2', 'Domain names are invoiced per calendar year in advance'),
  enforced(
    'bit:11.3',
    'Payment within 14 days of the invoice date, no discount or set-off; the value date counts',
  ),
  enforced(
    'bit:11.4',
    'Payments go to interest and collection costs first, then to the oldest open invoices',
  ),
  enforced(
    'bit:11.5',
    'On insolvency, attachment, death, guardianship, breach or non-payment: dissolve, suspend or claim all',
  ),
  enforced('bit:11.6', 'Unpaid by the due date: in default by law, statutory interest from the due date'),
  enforced('bit:11.7', 'Collection costs are for the customer; extrajudicial costs per the BIK scale'),
  enforced(
    'bit:12.1',
    'Fixed-term subscriptions end at term end with 1 month written notice, else renew for the same duration',
  ),
  enforced('bit:12.2', 'Indefinite-term subscriptions end at a calendar quarter end, 1 month notice'),
  enforced('bit:12.3', 'Domain contracts end at a calendar year end, 1 month notice'),
  enforced(
    'bit:12.4',
    'The seller may end any contract in writing for breach of contract, AUP or Abuse Policy',
  ),
  informational('bit:13', 'Dutch law; court of Arnhem'),
];
