import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Contract } from '../contract/contract-types.ts';
import { nextPossibleEnd } from '../contract/contract-types.ts';
import { statusWords, wordOf } from '../contract/contract-words.ts';
import { centsText } from './customer-types.ts';

const texts = {
  nl: {
    title: 'Contracten',
    contract: 'Contract',
    description: 'Omschrijving',
    state: 'Status',
    profile: 'Voorwaarden',
    monthly: 'Per maand',
    deadline: 'Uiterste opzegdatum',
    nextEnd: 'Eerst mogelijke einddatum',
    none: 'Geen contracten.',
    loading: 'Laden…',
  },
  en: {
    title: 'Contracts',
    contract: 'Contract',
    description: 'Description',
    state: 'State',
    profile: 'Terms',
    monthly: 'Monthly',
    deadline: 'Notice deadline',
    nextEnd: 'Next possible end date',
    none: 'No contracts.',
    loading: 'Loading…',
  },
};

/** The customer's contracts with their state, terms profile and next possible end date. */
export function ContractsSection({ customerId }: { readonly customerId: string }) {
  const t = useTexts(texts);
  const states = useTexts(statusWords);
  const contracts = useApi(() => api.get<Contract[]>('/contracts', { customerId }), [customerId]);
  if (contracts.error) return <ProblemBanner error={contracts.error} />;
  if (!contracts.data) return <p aria-busy="true">{t.loading}</p>;
  if (contracts.data.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <table>
      <caption className="visually-hidden">{t.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t.contract}</th>
          <th scope="col">{t.description}</th>
          <th scope="col">{t.state}</th>
          <th scope="col">{t.profile}</th>
          <th scope="col" className="num">
            {t.monthly}
          </th>
          <th scope="col">{t.deadline}</th>
          <th scope="col">{t.nextEnd}</th>
        </tr>
      </thead>
      <tbody>
        {contracts.data.map((contract) => {
          const end = nextPossibleEnd(contract.timeline);
          return (
            <tr key={contract.id}>
              <td>
                <Link to={`/office/contracts/${encodeURIComponent(contract.id)}`}>{contract.id}</Link>
              </td>
              <td>{contract.terms.description}</td>
              <td>
                <span className={`badge contract-${contract.timeline.status}`}>
                  {wordOf(states, contract.timeline.status)}
                </span>
              </td>
              <td>
                {contract.profileId}
                {contract.termsVersion.id !== contract.profileId ? (
                  <span className="muted"> ({contract.termsVersion.id})</span>
                ) : null}
              </td>
              <td className="num">{formatMoney(centsText(contract.terms.recurringCents))}</td>
              <td>{formatDate(contract.timeline.noticeDeadline)}</td>
              <td>
                {end ? (
                  <>
                    {formatDate(end.date)} <span className="rule">{end.because.join(', ')}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
