import type { InvoiceLanguage } from './invoice-labels.ts';

/**
 * Every word the dunning letters print, in Dutch and English, beside the invoice words they share
 * (invoice-labels.ts: numbers, dates, IBAN, pages). Amounts and dates come in already written in the
 * letter's language. One table, so a missing translation is a type error.
 */

export type LetterStep =
  | 'reminder'
  | 'fourteen-day-letter'
  | 'collection-costs'
  | 'suspension'
  | 'notice-of-default'
  | 'dissolution';

export interface LetterLabels {
  readonly subject: string;
  readonly subjects: Readonly<Record<LetterStep, string>>;
  readonly date: string;
  readonly ourReference: string;
  readonly salutation: string;
  readonly opening: string;
  readonly invoiceNumber: string;
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly openPrincipal: string;
  readonly interest: string;
  readonly claimTotal: string;
  readonly reminderFee: (date: string) => string;
  readonly collectionCosts: string;
  readonly totalToPay: string;
  readonly interestNote: (kind: 'commercial' | 'non-commercial', until: string) => string;
  readonly payBy: (amount: string, date: string) => string;
  readonly payNow: (amount: string) => string;
  readonly account: (iban: string, holder: string) => string;
  readonly reference: (reference: string) => string;
  readonly reminderFeeCharged: (amount: string) => string;
  /** Art. 6:96 lid 6 BW: the 14 days from the day after receipt, and the costs if unpaid. */
  readonly fourteenDays: (amount: string, lastDay: string, costs: string) => string;
  readonly costsBasis: string;
  readonly costsCharged: (costs: string) => string;
  /** vn:7.1.6: the actual collection costs, charged once known. */
  readonly actualCostsAnnounced: string;
  /** vn:7.1.7: which services stop, and that billing goes on. */
  readonly suspended: (services: string, from: string) => string;
  readonly billingContinues: string;
  readonly suspensionLifted: (amount: string) => string;
  /** vn:1.6.2: the term, and that the contract will be dissolved after it. */
  readonly noticeOfDefault: (days: number, lastDay: string, amount: string) => string;
  readonly dissolutionWarning: (services: string | null) => string;
  readonly remainingTermWarning: string;
  readonly dissolved: (services: string | null, from: string) => string;
  readonly remainingTermDue: (amount: string) => string;
  readonly allDue: string;
  readonly alreadyPaid: string;
  readonly closing: string;
  readonly and: string;
}

export const LETTER_LABELS: Readonly<Record<InvoiceLanguage, LetterLabels>> = {
  nl: {
    subject: 'Betreft',
    subjects: {
      reminder: 'Betalingsherinnering',
      'fourteen-day-letter': 'Aanmaning: betaal binnen 14 dagen zonder incassokosten',
      'collection-costs': 'Aanmaning met incassokosten',
      suspension: 'Opschorting van onze dienstverlening',
      'notice-of-default': 'Ingebrekestelling',
      dissolution: 'Ontbinding van de overeenkomst',
    },
    date: 'Datum',
    ourReference: 'Ons kenmerk',
    salutation: 'Geachte heer, mevrouw,',
    opening:
      'Volgens onze administratie zijn de onderstaande facturen niet (volledig) betaald, hoewel de betalingstermijn is verstreken.',
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    openPrincipal: 'Openstaand',
    interest: 'Rente',
    claimTotal: 'Totaal',
    reminderFee: (date) => `Administratiekosten herinnering van ${date}`,
    collectionCosts: 'Buitengerechtelijke incassokosten',
    totalToPay: 'Totaal te betalen',
    interestNote: (kind, until) =>
      `Sinds de vervaldatum bent u zonder nadere ingebrekestelling in verzuim en is de ${
        kind === 'commercial'
          ? 'wettelijke handelsrente (art. 6:119a BW)'
          : 'wettelijke rente (art. 6:119 BW)'
      } verschuldigd; de rente is berekend tot en met ${until}.`,
    payBy: (amount, date) =>
      `Wij verzoeken u het totaalbedrag van ${amount} uiterlijk op ${date} te betalen.`,
    payNow: (amount) => `Wij verzoeken u het totaalbedrag van ${amount} per omgaande te betalen.`,
    account: (iban, holder) => `Betaal op rekening ${iban} ten name van ${holder}`,
    reference: (reference) => `, onder vermelding van betalingskenmerk ${reference}`,
    reminderFeeCharged: (amount) =>
      `Voor deze herinnering brengen wij ${amount} administratiekosten in rekening.`,
    fourteenDays: (amount, lastDay, costs) =>
      `Wij geven u de gelegenheid het totaalbedrag van ${amount} te betalen binnen 14 dagen, te rekenen vanaf de dag na ontvangst van deze brief: uiterlijk op ${lastDay}. Betaalt u niet binnen deze termijn, dan brengen wij u buitengerechtelijke incassokosten van ${costs} in rekening.`,
    costsBasis:
      'De incassokosten zijn berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten (art. 6:96 BW).',
    costsCharged: (costs) =>
      `Omdat u niet binnen de gestelde termijn hebt betaald, brengen wij u buitengerechtelijke incassokosten van ${costs} in rekening.`,
    actualCostsAnnounced:
      'Omdat u niet binnen de gestelde termijn hebt betaald, komen de werkelijke incassokosten voor uw rekening; wij brengen die in rekening zodra zij bekend zijn.',
    suspended: (services, from) =>
      `Omdat de onderstaande bedragen onbetaald zijn gebleven, schorten wij met ingang van ${from} de volgende diensten op: ${services}.`,
    billingContinues:
      'Uw verplichting tot betaling blijft bestaan: de facturering van deze diensten loopt tijdens de opschorting door.',
    suspensionLifted: (amount) =>
      `Zodra het totaalbedrag van ${amount} is betaald, heffen wij de opschorting op.`,
    noticeOfDefault: (days, lastDay, amount) =>
      `Wij stellen u hierbij in gebreke en geven u een laatste termijn van ${days} dagen, tot en met ${lastDay}, om het totaalbedrag van ${amount} te betalen.`,
    dissolutionWarning: (services) =>
      `Betaalt u niet binnen deze termijn, dan ontbinden wij de overeenkomst${
        services === null ? '' : ` voor ${services}`
      } zonder rechterlijke tussenkomst.`,
    remainingTermWarning: 'De vergoedingen voor de resterende contractduur zijn dan ineens verschuldigd.',
    dissolved: (services, from) =>
      `Omdat de onderstaande bedragen onbetaald zijn gebleven, ontbinden wij hierbij zonder rechterlijke tussenkomst de overeenkomst${
        services === null ? '' : ` voor ${services}`
      }, met ingang van ${from}.`,
    remainingTermDue: (amount) =>
      `De vergoedingen voor de resterende contractduur, ${amount}, zijn ineens verschuldigd; wij factureren ze afzonderlijk.`,
    allDue: 'Al onze vorderingen op u zijn hiermee direct opeisbaar.',
    alreadyPaid: 'Hebt u inmiddels betaald, dan kunt u deze brief als niet verzonden beschouwen.',
    closing: 'Met vriendelijke groet,',
    and: 'en',
  },
  en: {
    subject: 'Subject',
    subjects: {
      reminder: 'Payment reminder',
      'fourteen-day-letter': 'Final reminder: pay within 14 days without collection costs',
      'collection-costs': 'Demand for payment with collection costs',
      suspension: 'Suspension of our services',
      'notice-of-default': 'Notice of default',
      dissolution: 'Dissolution of the contract',
    },
    date: 'Date',
    ourReference: 'Our reference',
    salutation: 'Dear Sir or Madam,',
    opening:
      'According to our records the invoices below have not been paid (in full), although the payment term has expired.',
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    openPrincipal: 'Outstanding',
    interest: 'Interest',
    claimTotal: 'Total',
    reminderFee: (date) => `Reminder fee of ${date}`,
    collectionCosts: 'Extrajudicial collection costs',
    totalToPay: 'Total to pay',
    interestNote: (kind, until) =>
      `Since the due date you have been in default without further notice and owe ${
        kind === 'commercial'
          ? 'statutory commercial interest (art. 6:119a Dutch Civil Code)'
          : 'statutory interest (art. 6:119 Dutch Civil Code)'
      }; interest is calculated up to and including ${until}.`,
    payBy: (amount, date) => `Please pay the total of ${amount} no later than ${date}.`,
    payNow: (amount) => `Please pay the total of ${amount} immediately.`,
    account: (iban, holder) => `Pay to account ${iban} in the name of ${holder}`,
    reference: (reference) => `, quoting payment reference ${reference}`,
    reminderFeeCharged: (amount) => `We charge an administration fee of ${amount} for this reminder.`,
    fourteenDays: (amount, lastDay, costs) =>
      `We give you the opportunity to pay the total of ${amount} within 14 days from the day after you receive this letter: no later than ${lastDay}. If you do not pay within this term, we will charge you extrajudicial collection costs of ${costs}.`,
    costsBasis:
      'The collection costs are calculated under the Dutch Extrajudicial Collection Costs Decree (art. 6:96 Dutch Civil Code).',
    costsCharged: (costs) =>
      `As you have not paid within the term given, we charge you extrajudicial collection costs of ${costs}.`,
    actualCostsAnnounced:
      'As you have not paid within the term given, the actual collection costs are for your account; we will charge them once they are known.',
    suspended: (services, from) =>
      `As the amounts below remain unpaid, we suspend the following services as of ${from}: ${services}.`,
    billingContinues:
      'Your obligation to pay remains: these services continue to be billed during the suspension.',
    suspensionLifted: (amount) =>
      `As soon as the total of ${amount} has been paid, we will lift the suspension.`,
    noticeOfDefault: (days, lastDay, amount) =>
      `We hereby give you notice of default and a final term of ${days} days, until and including ${lastDay}, to pay the total of ${amount}.`,
    dissolutionWarning: (services) =>
      `If you do not pay within this term, we will dissolve the contract${
        services === null ? '' : ` for ${services}`
      } without judicial intervention.`,
    remainingTermWarning: 'The fees for the remaining term of the contract will then be due at once.',
    dissolved: (services, from) =>
      `As the amounts below remain unpaid, we hereby dissolve the contract${
        services === null ? '' : ` for ${services}`
      } without judicial intervention, as of ${from}.`,
    remainingTermDue: (amount) =>
      `The fees for the remaining term of the contract, ${amount}, are due at once; we invoice them separately.`,
    allDue: 'All our claims on you are now due at once.',
    alreadyPaid: 'If you have paid in the meantime, please disregard this letter.',
    closing: 'Kind regards,',
    and: 'and',
  },
};

export function letterLabelsFor(language: InvoiceLanguage): LetterLabels {
  return LETTER_LABELS[language] ?? LETTER_LABELS.nl;
}
