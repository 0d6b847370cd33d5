import { useTexts } from '../../../i18n/language.tsx';
import type { Customer } from './customer-types.ts';

const texts = {
  nl: {
    title: 'Contactpersonen',
    name: 'Naam',
    roles: 'Rollen',
    email: 'E-mail',
    office: 'Telefoon kantooruren',
    outside: 'Telefoon buiten kantooruren',
    none: 'Geen contactpersonen.',
    ready: 'Een storingsmelding heeft alles wat vn:6.4.9 vraagt.',
    missing: 'Voor storingsmeldingen ontbreekt (vn:6.4.9):',
  },
  en: {
    title: 'Contacts',
    name: 'Name',
    roles: 'Roles',
    email: 'E-mail',
    office: 'Phone in office hours',
    outside: 'Phone outside office hours',
    none: 'No contacts.',
    ready: 'A fault report has everything vn:6.4.9 asks for.',
    missing: 'Missing for fault reports (vn:6.4.9):',
  },
};

/** The customer's contacts by role, and whether a fault report would have what it needs. */
export function ContactsSection({ customer }: { readonly customer: Customer }) {
  const t = useTexts(texts);
  return (
    <>
      <p className={customer.faultReadiness.ready ? 'good' : 'warn'}>
        {customer.faultReadiness.ready ? (
          <>✓ {t.ready}</>
        ) : (
          <>
            ⚠ {t.missing} {customer.faultReadiness.missing.join(', ')}
          </>
        )}
      </p>
      {customer.contacts.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t.title}</caption>
          <thead>
            <tr>
              {[t.name, t.roles, t.email, t.office, t.outside].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {customer.contacts.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.roles.join(', ')}</td>
                <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</td>
                <td>{c.phoneOfficeHours ?? '—'}</td>
                <td>{c.phoneOutsideOfficeHours ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
