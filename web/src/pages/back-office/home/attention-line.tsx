import { Link } from 'react-router';
import { formatDate, formatDateTime, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { AttentionItem, SectionKey } from './attention-types.ts';

export const sectionTexts = {
  nl: {
    titles: {
      billRunsDue: 'Factuurruns te doen',
      unmatchedPayments: 'Onherkende betalingen',
      disputes: 'Betwiste facturen',
      dunningDue: 'Aanmaningsstappen vandaag',
      faults: 'Storingen bij of over het SLA-maximum',
      cpeReturns: 'Switches te laat retour',
      contractDates: 'Opzeggingen en verlengingen (30 dagen)',
      networkOrders: 'Bestellingen van derden in te plannen',
    } satisfies Record<SectionKey, string>,
    runNotStarted: 'nog niet gestart',
    runState: (state: string) => `run ${state}`,
    quarter: 'kwartaal',
    from: 'van',
    since: 'sinds',
    overdue: 'achterstallig',
    steps: {
      reminder: 'herinnering',
      'fourteen-day-letter': '14-dagenbrief',
      'collection-costs': 'incassokosten',
      suspension: 'opschorting',
      'notice-of-default': 'ingebrekestelling',
      dissolution: 'ontbinding',
    } as Record<string, string>,
    breached: 'over het maximum',
    warning: 'maximum nadert',
    maximum: 'maximum',
    dueBack: 'retour uiterlijk',
    reminders: (n: string) => `${n} herinnering(en)`,
    deposit: 'borg',
    kinds: {
      'notice-deadline': 'uiterste opzegdatum',
      renewal: 'verlenging',
      'effective-end': 'einde',
    } as Record<string, string>,
    provider: 'aanbieder',
    requested: 'gewenst',
  },
  en: {
    titles: {
      billRunsDue: 'Bill runs due',
      unmatchedPayments: 'Unmatched payments',
      disputes: 'Invoices in dispute',
      dunningDue: 'Dunning steps due today',
      faults: 'Faults near or past their SLA maximum',
      cpeReturns: 'Switches overdue for return',
      contractDates: 'Notices and renewals (30 days)',
      networkOrders: 'Third-party orders to plan',
    } satisfies Record<SectionKey, string>,
    runNotStarted: 'not started yet',
    runState: (state: string) => `run ${state}`,
    quarter: 'quarter',
    from: 'from',
    since: 'since',
    overdue: 'overdue',
    steps: {
      reminder: 'reminder',
      'fourteen-day-letter': '14-day letter',
      'collection-costs': 'collection costs',
      suspension: 'suspension',
      'notice-of-default': 'notice of default',
      dissolution: 'dissolution',
    } as Record<string, string>,
    breached: 'past the maximum',
    warning: 'maximum near',
    maximum: 'maximum',
    dueBack: 'due back',
    reminders: (n: string) => `${n} reminder(s)`,
    deposit: 'deposit',
    kinds: {
      'notice-deadline': 'notice deadline',
      renewal: 'renewal',
      'effective-end': 'end',
    } as Record<string, string>,
    provider: 'provider',
    requested: 'requested',
  },
};

/** One item of a section, as a line with a link to the screen where it is dealt with. */
export function AttentionLine({ sectionKey, item }: { sectionKey: SectionKey; item: AttentionItem }) {
  const t = useTexts(sectionTexts);
  const customer = item.customerId ? (
    <Link to={`/office/customers/${item.customerId}`}>{item.customerName ?? item.customerId}</Link>
  ) : null;
  switch (sectionKey) {
    case 'billRunsDue':
      return (
        <>
          <Link to={item.id.startsWith('BR-') ? `/office/bill-runs/${item.id}` : '/office/bill-runs'}>
            {item.sellerId} · {t.quarter} {item.detail}
          </Link>{' '}
          <span className="muted">{item.reference ? t.runState(item.reference) : t.runNotStarted}</span>
        </>
      );
    case 'unmatchedPayments':
      return (
        <>
          <Link to="/office/bank">{formatMoney(item.amount)}</Link> · {formatDate(item.date)} ·{' '}
          <span className="muted">{item.detail ?? item.reference}</span>
        </>
      );
    case 'disputes':
      return (
        <>
          <Link to={`/office/invoices/${item.reference}`}>{item.detail ?? item.reference}</Link> · {customer}{' '}
          · {formatMoney(item.amount)}{' '}
          <span className="muted">
            {t.since} {formatDate(item.date)}
          </span>
        </>
      );
    case 'dunningDue':
      return (
        <>
          {customer} · <span className="badge warn">{t.steps[item.detail ?? ''] ?? item.detail}</span> ·{' '}
          {formatMoney(item.amount)} {t.overdue}{' '}
          <span className="muted">
            {t.since} {formatDate(item.date)}
          </span>
        </>
      );
    case 'faults':
      return (
        <>
          <Link to={`/office/faults/${item.id}`}>{item.id}</Link> · {customer} ·{' '}
          <span className={`badge ${item.detail === 'breached' ? 'bad' : 'warn'}`}>
            {item.detail === 'breached' ? t.breached : t.warning}
          </span>{' '}
          <span className="muted">
            {t.maximum} {formatDateTime(item.date)}
          </span>
        </>
      );
    case 'cpeReturns':
      return (
        <>
          {item.detail} · {customer} ·{' '}
          <span className="bad">
            {t.dueBack} {formatDate(item.date)}
          </span>{' '}
          <span className="muted">
            {t.deposit} {formatMoney(item.amount)} · {t.reminders(item.reference ?? '0')}
          </span>
        </>
      );
    case 'contractDates':
      return (
        <>
          <Link to={`/office/contracts/${item.id}`}>{item.id}</Link> · {customer} ·{' '}
          <span className="badge">{t.kinds[item.detail ?? ''] ?? item.detail}</span> {formatDate(item.date)}
        </>
      );
    case 'networkOrders':
      return (
        <>
          <Link to="/office/network-orders">{item.id}</Link> · {customer} ·{' '}
          <span className="muted">
            {t.provider} {item.reference} · {t.requested} {formatDate(item.date)}
          </span>
        </>
      );
  }
}
