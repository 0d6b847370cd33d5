import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { centsText } from './customer-types.ts';

interface DunningCase {
  readonly id: string;
  readonly sellerId: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly letters: readonly {
    readonly id: string;
    readonly step: string;
    readonly sentOn: string;
    readonly payBy: string | null;
    readonly totalCents: number;
    readonly because: readonly string[];
  }[];
}

interface Message {
  readonly id: string;
  readonly kind: string;
  readonly channel: string;
  readonly subject: string;
  readonly state: string;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

const texts = {
  nl: {
    letters: 'Aanmaningen',
    messages: 'Berichten aan de klant',
    letter: 'Brief',
    case: 'Dossier',
    step: 'Stap',
    sent: 'Verstuurd',
    payBy: 'Betalen voor',
    total: 'Totaal',
    rules: 'Regels',
    pdf: 'PDF',
    noLetters: 'Geen aanmaningen.',
    noMessages: 'Geen berichten.',
    subject: 'Onderwerp',
    kind: 'Soort',
    channel: 'Kanaal',
    state: 'Status',
    created: 'Aangemaakt',
    open: 'open',
    closedOn: 'gesloten op',
    loading: 'Laden…',
  },
  en: {
    letters: 'Dunning letters',
    messages: 'Messages to the customer',
    letter: 'Letter',
    case: 'Case',
    step: 'Step',
    sent: 'Sent',
    payBy: 'Pay by',
    total: 'Total',
    rules: 'Rules',
    pdf: 'PDF',
    noLetters: 'No dunning letters.',
    noMessages: 'No messages.',
    subject: 'Subject',
    kind: 'Kind',
    channel: 'Channel',
    state: 'State',
    created: 'Created',
    open: 'open',
    closedOn: 'closed on',
    loading: 'Loading…',
  },
};

/** The dunning letters (with their PDFs) and the messages the terms sent the customer. */
export function LettersSection({ customerId }: { readonly customerId: string }) {
  const t = useTexts(texts);
  const cases = useApi(
    () => api.get<DunningCase[]>(`/customers/${encodeURIComponent(customerId)}/dunning-cases`),
    [customerId],
  );
  const messages = useApi(() => api.get<Message[]>('/messages', { customerId }), [customerId]);
  const letters = (cases.data ?? []).flatMap((c) => c.letters.map((letter) => ({ letter, dunning: c })));
  return (
    <>
      <h2>{t.letters}</h2>
      <ProblemBanner error={cases.error} />
      {!cases.data && !cases.error ? <p aria-busy="true">{t.loading}</p> : null}
      {cases.data && letters.length === 0 ? <p className="muted">{t.noLetters}</p> : null}
      {letters.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t.letters}</caption>
          <thead>
            <tr>
              {[t.letter, t.case, t.step, t.sent, t.payBy, t.total, t.rules, t.pdf].map((h) => (
                <th key={h} scope="col" className={h === t.total ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {letters.map(({ letter, dunning }) => (
              <tr key={letter.id}>
                <td>{letter.id}</td>
                <td>
                  {dunning.id}{' '}
                  <span className="muted">
                    ({dunning.closedOn ? `${t.closedOn} ${formatDate(dunning.closedOn)}` : t.open})
                  </span>
                </td>
                <td>{letter.step}</td>
                <td>{formatDate(letter.sentOn)}</td>
                <td>{formatDate(letter.payBy)}</td>
                <td className="num">{formatMoney(centsText(letter.totalCents))}</td>
                <td className="rule">{letter.because.join(', ')}</td>
                <td>
                  <a
                    href={`/dunning-letters/${encodeURIComponent(letter.id)}/pdf`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t.pdf}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>{t.messages}</h2>
      <ProblemBanner error={messages.error} />
      {messages.data && messages.data.length === 0 ? <p className="muted">{t.noMessages}</p> : null}
      {messages.data && messages.data.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t.messages}</caption>
          <thead>
            <tr>
              {[t.created, t.subject, t.kind, t.channel, t.state].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...messages.data].reverse().map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(m.createdAt)}</td>
                <td>{m.subject}</td>
                <td>{m.kind}</td>
                <td>{m.channel}</td>
                <td>
                  <span className="badge">{m.state}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
