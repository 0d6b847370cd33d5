import { api } from '../../../api/client.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { Column, Page, PageRequest } from '../../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { centsText } from './customer-types.ts';

interface Cpe {
  readonly id: string;
  readonly serialNumber: string;
  readonly model: string;
  readonly state: string;
  readonly ownership: string | null;
  readonly depositCents: number;
  readonly contractId: string | null;
  readonly premisesId: string | null;
  readonly installedOn: string | null;
  readonly returnDueOn: string | null;
  readonly returnedOn: string | null;
  readonly depositSettlement: Record<string, unknown> | null;
}

const texts = {
  nl: {
    title: 'Apparatuur en borgsommen',
    serial: 'Serienummer',
    model: 'Model',
    state: 'Status',
    ownership: 'Eigendom',
    deposit: 'Borg',
    premises: 'Locatie',
    installed: 'Geïnstalleerd',
    due: 'Terug uiterlijk',
    returned: 'Teruggekomen',
    settled: 'Borg verrekend',
    yes: 'ja',
    no: 'nee',
  },
  en: {
    title: 'Equipment and deposits',
    serial: 'Serial number',
    model: 'Model',
    state: 'State',
    ownership: 'Ownership',
    deposit: 'Deposit',
    premises: 'Premises',
    installed: 'Installed',
    due: 'Due back',
    returned: 'Returned',
    settled: 'Deposit settled',
    yes: 'yes',
    no: 'no',
  },
};

/** GET /cpe?customerId=: the switches at the customer, their deposits and returns (vn:2.1.8, vn:7.2). */
export function EquipmentSection({ customerId }: { readonly customerId: string }) {
  const t = useTexts(texts);
  const load = ({ limit, offset }: PageRequest): Promise<Page<Cpe>> =>
    api.get<{ items: Cpe[]; total: number }>('/cpe', { customerId, limit, offset });
  const columns: Column<Cpe>[] = [
    { key: 'serial', header: t.serial, render: (c) => c.serialNumber },
    { key: 'model', header: t.model, render: (c) => c.model },
    { key: 'state', header: t.state, render: (c) => <span className="badge">{c.state}</span> },
    { key: 'ownership', header: t.ownership, render: (c) => c.ownership ?? '—' },
    { key: 'premises', header: t.premises, render: (c) => c.premisesId ?? '—' },
    { key: 'installed', header: t.installed, render: (c) => formatDate(c.installedOn) },
    {
      key: 'deposit',
      header: t.deposit,
      align: 'right',
      render: (c) => formatMoney(centsText(c.depositCents)),
    },
    { key: 'due', header: t.due, render: (c) => formatDate(c.returnDueOn) },
    { key: 'returned', header: t.returned, render: (c) => formatDate(c.returnedOn) },
    { key: 'settled', header: t.settled, render: (c) => (c.depositSettlement ? t.yes : t.no) },
  ];
  return (
    <DataTable
      label={t.title}
      columns={columns}
      load={load}
      rowKey={(c) => c.id}
      searchable={false}
      deps={[customerId]}
    />
  );
}
