import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, withQuery } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';

/*
 * The append-only audit log (issue 9): who changed what, when, why and from where — contracts,
 * invoices, payments, terms, users and roles alike. Filtered and paged (keyset, newest first) on the
 * server, and exported whole as NDJSON or CSV with the same filters.
 */

interface AuditEvent {
  readonly id: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly origin: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly reason: string | null;
  readonly details: Record<string, unknown>;
}

interface AuditPage {
  readonly events: readonly AuditEvent[];
  readonly next: string | null;
}

interface Filter {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly actor: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}

const empty: Filter = { subjectType: '', subjectId: '', actor: '', action: '', from: '', to: '' };

const texts = {
  nl: {
    title: 'Auditlog',
    intro:
      'Elke wijziging: wie, wanneer, wat, waarom en vanaf waar. Niets wordt hier ooit gewijzigd of verwijderd.',
    subjectType: 'Soort onderwerp',
    subjectId: 'Onderwerp-id',
    actor: 'Door',
    action: 'Actie',
    from: 'Vanaf (datum)',
    to: 'Tot en met (datum)',
    filter: 'Filteren',
    clear: 'Wissen',
    when: 'Wanneer',
    who: 'Door',
    what: 'Actie',
    subject: 'Onderwerp',
    why: 'Reden',
    details: 'Details',
    older: 'Oudere gebeurtenissen',
    newest: 'Naar de nieuwste',
    none: 'Geen gebeurtenissen met dit filter.',
    exportNdjson: 'Exporteren (NDJSON)',
    exportCsv: 'Exporteren (CSV)',
  },
  en: {
    title: 'Audit log',
    intro: 'Every change: who, when, what, why and from where. Nothing here is ever changed or deleted.',
    subjectType: 'Subject type',
    subjectId: 'Subject id',
    actor: 'By',
    action: 'Action',
    from: 'From (date)',
    to: 'Up to and including (date)',
    filter: 'Filter',
    clear: 'Clear',
    when: 'When',
    who: 'By',
    what: 'Action',
    subject: 'Subject',
    why: 'Reason',
    details: 'Details',
    older: 'Older events',
    newest: 'Back to the newest',
    none: 'No events match this filter.',
    exportNdjson: 'Export (NDJSON)',
    exportCsv: 'Export (CSV)',
  },
};

export function AuditPage() {
  const t = useTexts(texts);
  const [filter, setFilter] = useState<Filter>(empty);
  const [before, setBefore] = useState<string | undefined>();
  const page = useApi(
    () => api.get<AuditPage>('/audit-events', { ...filter, before, limit: 50 }),
    [filter, before],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: keyof Filter) => String(form.get(name) ?? '').trim();
    setFilter({
      subjectType: field('subjectType'),
      subjectId: field('subjectId'),
      actor: field('actor'),
      action: field('action'),
      from: field('from'),
      to: field('to'),
    });
    setBefore(undefined);
  };

  const fields: readonly [keyof Filter, string, string][] = [
    ['subjectType', t.subjectType, 'text'],
    ['subjectId', t.subjectId, 'text'],
    ['actor', t.actor, 'text'],
    ['action', t.action, 'text'],
    ['from', t.from, 'date'],
    ['to', t.to, 'date'],
  ];

  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <section className="card">
        <form className="row" onSubmit={submit} key={JSON.stringify(filter)}>
          {fields.map(([name, label, type]) => (
            <label key={name}>
              {label}
              <input name={name} type={type} defaultValue={filter[name]} />
            </label>
          ))}
          <button type="submit">{t.filter}</button>
          <button type="button" className="secondary" onClick={() => setFilter(empty)}>
            {t.clear}
          </button>
        </form>
        <p>
          <a href={withQuery('/audit-events/export', { ...filter, format: 'ndjson' })}>{t.exportNdjson}</a>
          {' · '}
          <a href={withQuery('/audit-events/export', { ...filter, format: 'csv' })}>{t.exportCsv}</a>
        </p>
      </section>
      <ProblemBanner error={page.error} />
      <table aria-busy={page.loading} aria-label={t.title}>
        <thead>
          <tr>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.what}</th>
            <th scope="col">{t.subject}</th>
            <th scope="col">{t.why}</th>
            <th scope="col">{t.details}</th>
          </tr>
        </thead>
        <tbody>
          {page.data?.events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.occurredAt)}</td>
              <td>
                {event.actor}
                <div className="muted">{event.origin}</div>
              </td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                {event.subjectType} {event.subjectId}
              </td>
              <td>{event.reason ?? '—'}</td>
              <td>
                <code className="rule">{JSON.stringify(event.details)}</code>
              </td>
            </tr>
          ))}
          {page.data && page.data.events.length === 0 ? (
            <tr>
              <td colSpan={6}>{t.none}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <nav className="pager" aria-label={t.title}>
        <button type="button" disabled={before === undefined} onClick={() => setBefore(undefined)}>
          {t.newest}
        </button>
        <button
          type="button"
          disabled={!page.data?.next}
          onClick={() => setBefore(page.data?.next ?? undefined)}
        >
          {t.older}
        </button>
      </nav>
    </>
  );
}
