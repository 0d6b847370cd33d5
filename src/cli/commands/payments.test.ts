import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import {
  createSubscription,
  draftBillRun,
  issueBillRun,
  listInvoices,
  startBillRun,
} from '../../billing/index.ts';
import { bankFile } from '../../collections/use-cases/collections-test-support.ts';
import { fixedClock } from '../../platform/clock.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

const CUSTOMERS = ['CU-L1', 'CU-L2', 'CU-L3'];

describe('vezel payments, bank, statement, complaints and disputes', { timeout: 300_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-payments-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  const file = (name: string) => path.join(folder, name);
  /** Each customer's BIT invoice for 2027-Q1: € 363,00, issued 1 January, due 15 January. */
  const invoices = new Map<string, { number: string; paymentReference: string }>();

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, CUSTOMERS);
      const context = {
        db: store.db,
        clock: fixedClock(Temporal.PlainDate.from('2027-01-01')),
        actor: { id: 'test', origin: 'test' },
      };
      for (const customerId of CUSTOMERS)
        await createSubscription(context, {
          sellerId: 'bit',
          customerId,
          description: 'Colocatie 1U',
          priceCents: 30_000,
          startsOn: Temporal.PlainDate.from('2027-01-01'),
        });
      const run = await startBillRun(context, { sellerId: 'bit', period: '2027-Q1' });
      await draftBillRun(context, run.id);
      await issueBillRun(context, run.id);
      for (const invoice of (await listInvoices(store.db, { billRunId: run.id })).invoices)
        invoices.set(invoice.customerId, {
          number: invoice.number!,
          paymentReference: invoice.paymentReference!,
        });
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('records a part payment and prints the statement as text, CSV and PDF', async () => {
    const recorded = await runCli(
      [
        ...['payments', 'record', '--seller', 'bit', '--customer', 'CU-L1', '--amount', '€ 100,00'],
        ...[
          '--value-date',
          '2027-01-10',
          '--invoice',
          invoices.get('CU-L1')!.number,
          '--note',
          'Eerste deel',
        ],
      ],
      env,
    );
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toMatch(/^Recorded (PAY-\d+)\.$/m);
    expect(recorded.stdout).toMatch(/^ {4}2027-01-10 {2}INV-\d+ +principal +€ 100,00 {2}\(bit:11\.4\)$/m);
    expect(recorded.stdout).toMatch(/^ {2}Credit left {2}€ 0,00$/m);

    const text = await runCli(
      ['statement', '--seller', 'bit', '--customer', 'CU-L1', '--as-of', '2027-01-31'],
      env,
    );
    expect(text.stdout).toMatch(/^Account of Customer CU-L1 \(CU-L1\) with bit, as of 2027-01-31$/m);
    expect(text.stdout).toMatch(/^2027-01-01 {2}invoice .* € 363,00 +€ 363,00$/m);
    expect(text.stdout).toMatch(/^2027-01-10 {2}payment .*Eerste deel +€ 100,00 +€ 263,00$/m);
    expect(text.stdout).toMatch(/^Balance {11}€ 263,00$/m);
    expect(text.stdout).toMatch(/^Accrued interest {2}€ \d+,\d\d \(statutory interest to 2027-01-31/m);

    const csv = await runCli(
      ['statement', '--seller', 'bit', '--customer', 'CU-L1', '--as-of', '2027-01-31', '--csv'],
      env,
    );
    expect(csv.stdout.split('\r\n')).toEqual([
      'date,kind,reference,description,debit,credit,balance',
      expect.stringMatching(/^2027-01-01,invoice,BIT-\d+,"Invoice, due 2027-01-15",363\.00,0\.00,363\.00$/),
      expect.stringMatching(/^2027-01-10,payment,PAY-\d+,Eerste deel,0\.00,100\.00,263\.00$/),
      '',
    ]);

    const pdf = await runCli(
      [
        'statement',
        '--seller',
        'bit',
        '--customer',
        'CU-L1',
        '--as-of',
        '2027-01-31',
        '--pdf',
        file('s.pdf'),
      ],
      env,
    );
    expect(pdf.stdout).toMatch(/^Wrote the statement of CU-L1 as of 2027-01-31 to /);
    expect(fs.readFileSync(file('s.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a bank file over 50 MiB before reading it', async () => {
    const huge = file('huge.xml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 50 * 1024 * 1024 + 1);
    const refused = await runCli(['bank', 'import', huge, '--seller', 'bit'], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/file: '.*huge\.xml' is 52428801 bytes; a bank file may be at most/);
    fs.rmSync(huge);
  });

  it('imports a bank file, then the same file again adds nothing; the unmatched one is assigned', async () => {
    fs.writeFileSync(
      file('camt.xml'),
      bankFile('NL91ABNA0417164300', [
        {
          ref: 'C1',
          amountCents: 36_300,
          valueDate: '2027-01-12',
          creditorReference: invoices.get('CU-L2')!.paymentReference,
        },
        { ref: 'C2', amountCents: 5_000, valueDate: '2027-01-13', text: 'Onbekend' },
      ]),
    );
    const first = await runCli(['bank', 'import', file('camt.xml'), '--seller', 'bit'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Imported camt\.053 (BST-\d+): 2 entries\.$/m);
    expect(first.stdout).toMatch(/^ {2}matched {5}1$/m);
    expect(first.stdout).toMatch(
      /^ {2}unmatched {3}1 {2}\(resolve them: vezel payments unmatched --seller bit\)$/m,
    );
    const again = await runCli(['bank', 'import', file('camt.xml'), '--seller', 'bit', '--json'], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ alreadyImported: true, matched: 0, unmatched: 0 });

    const queue = await runCli(['payments', 'unmatched', '--seller', 'bit', '--json'], env);
    const [waiting] = JSON.parse(queue.stdout) as { id: string; amountCents: number }[];
    expect(waiting).toMatchObject({ amountCents: 5_000 });
    const assigned = await runCli(['payments', 'assign', waiting!.id, '--customer', 'CU-L3'], env);
    expect(assigned.stdout).toMatch(new RegExp(`^Assigned ${waiting!.id} to CU-L3\\.$`, 'm'));
    expect(assigned.stdout).toMatch(/^ {2}Customer {5}CU-L3 \(matched by clerk\)$/m);
  });

  it('records a complaint disputing part of an invoice, and resolves it by a credit note', async () => {
    const recorded = await runCli(
      [
        ...['complaints', 'record', '--seller', 'bit', '--customer', 'CU-L3', '--about', 'invoice'],
        ...['--invoice', invoices.get('CU-L3')!.number, '--received-on', '2027-01-12', '--channel', 'email'],
        ...['--description', 'Rack half leeg', '--disputed', '181,50', '--json'],
      ],
      env,
    );
    expect(recorded.stderr).toBe('');
    const { complaint, dispute } = JSON.parse(recorded.stdout);
    expect(complaint).toMatchObject({ inTime: true, deadline: '2027-01-21' });
    expect(dispute).toMatchObject({ amountCents: 18_150, state: 'open' });
    const resolved = await runCli(
      [
        'disputes',
        'resolve',
        dispute.id,
        '--outcome',
        'credit',
        '--reason',
        'Half niet geleverd',
        '--on',
        '2027-02-01',
      ],
      env,
    );
    expect(resolved.stdout).toMatch(
      new RegExp(`^Dispute ${dispute.id} credited on 2027-02-01: credit note INV-\\d+\\.$`, 'm'),
    );
  });

  it('refuses a bad amount with status 2, naming the option, and records nothing', async () => {
    const bad = await runCli(
      [
        'payments',
        'record',
        '--seller',
        'bit',
        '--customer',
        'CU-L1',
        '--amount',
        'twelve',
        '--value-date',
        '2027-01-10',
      ],
      env,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^vezel: amount: 'twelve' /);
    const statement = await runCli(
      ['statement', '--seller', 'bit', '--customer', 'CU-L1', '--as-of', '2027-12-31', '--json'],
      env,
    );
    expect(JSON.parse(statement.stdout).rows.map((r: { kind: string }) => r.kind)).toEqual([
      'invoice',
      'payment',
    ]);
  });
});
