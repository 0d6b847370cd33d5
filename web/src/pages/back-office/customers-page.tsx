import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, Page, PageRequest } from '../../components/data-table.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { NewCustomerForm } from './customer/new-customer-form.tsx';
import type { CustomerSummary } from './customer/customer-types.ts';

const texts = {
  nl: {
    title: 'Klanten',
    list: 'Klanten',
    hint: 'Zoek op (een deel van) de naam, of een volledig KvK-nummer, btw-id of klantnummer.',
    new: 'Nieuwe klant',
    id: 'Klantnummer',
    name: 'Naam',
    kind: 'Soort',
    kvk: 'KvK',
    vat: 'Btw-id',
    city: 'Plaats',
    email: 'E-mail',
    business: 'zakelijk',
    consumer: 'consument',
  },
  en: {
    title: 'Customers',
    list: 'Customers',
    hint: 'Search by (a part of) the name, or a whole KvK number, VAT id or customer id.',
    new: 'New customer',
    id: 'Customer id',
    name: 'Name',
    kind: 'Kind',
    kvk: 'KvK',
    vat: 'VAT id',
    city: 'City',
    email: 'E-mail',
    business: 'business',
    consumer: 'consumer',
  },
};

/** The customers, searched and paged on the server; a new one is created here too. */
export function CustomersPage() {
  const t = useTexts(texts);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  const load = async ({ limit, offset, search, sort, order }: PageRequest): Promise<Page<CustomerSummary>> =>
    api.get<{ items: CustomerSummary[]; total: number }>('/customers', {
      limit,
      offset,
      search,
      sort,
      order: sort ? order : undefined,
    });

  const columns: Column<CustomerSummary>[] = [
    {
      key: 'name',
      header: t.name,
      sort: 'name',
      render: (c) => <Link to={`/office/customers/${encodeURIComponent(c.id)}`}>{c.legalName}</Link>,
    },
    { key: 'id', header: t.id, sort: 'id', render: (c) => c.id },
    { key: 'kind', header: t.kind, render: (c) => (c.kind === 'business' ? t.business : t.consumer) },
    { key: 'kvk', header: t.kvk, render: (c) => c.kvkNumber ?? '—' },
    { key: 'vat', header: t.vat, render: (c) => c.vatId ?? '—' },
    { key: 'city', header: t.city, render: (c) => c.billingAddress.city },
    { key: 'email', header: t.email, render: (c) => c.email },
  ];

  return (
    <>
      <div className="row customers-head">
        <h1>{t.title}</h1>
        {creating ? null : (
          <button type="button" onClick={() => setCreating(true)}>
            {t.new}
          </button>
        )}
      </div>
      {creating ? (
        <NewCustomerForm
          onCreated={(customer) => navigate(`/office/customers/${encodeURIComponent(customer.id)}`)}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <p className="muted">{t.hint}</p>
      <DataTable
        label={t.list}
        columns={columns}
        load={load}
        rowKey={(c) => c.id}
        onRowClick={(c) => navigate(`/office/customers/${encodeURIComponent(c.id)}`)}
      />
    </>
  );
}
