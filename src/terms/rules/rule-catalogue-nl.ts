import type { CatalogueRule } from './catalogue-rule.ts';
import { enforced } from './catalogue-rule.ts';

/** The Dutch law the articles invoke (shared/terms/CLAUSES.md, "Dutch law the articles invoke"). */
export const nlRules: readonly CatalogueRule[] = [
  enforced(
    'nl:6:119',
    'Statutory interest (wettelijke rente) for consumers, compounded yearly (art. 6:119 BW)',
  ),
  enforced(
    'nl:6:119a',
    'Statutory commercial interest (wettelijke handelsrente) for businesses (art. 6:119a BW)',
  ),
  enforced(
    'nl:6:43',
    'A payment goes to the claim the debtor names, else due, most onerous, oldest (art. 6:43 BW)',
  ),
  enforced('nl:6:44', 'Within a claim a payment goes to costs, then interest, then principal (art. 6:44 BW)'),
  enforced(
    'nl:bik',
    'Extrajudicial collection costs per the BIK scale, with the 14-day letter for consumers',
  ),
  enforced(
    'nl:6:236j',
    'A tacitly renewed consumer contract may be ended at any time with at most one month notice',
  ),
  enforced('nl:tw7.2a', 'The same renewal protection for end users of electronic communications services'),
  enforced('nl:workdays', 'Working days: Monday to Friday except the holidays of the Algemene termijnenwet'),
  enforced(
    'nl:vat',
    'BTW rates, reverse charge within the EU, consecutive invoice numbers, 7-year retention',
  ),
  enforced('nl:peppol', 'E-invoices as UBL 2.1 per Peppol BIS Billing 3.0, NLCIUS for Dutch public buyers'),
];
