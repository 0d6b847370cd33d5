import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import { contractWithService } from '../../operations/use-cases/force-majeure-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

describe('vezel force-majeure', { timeout: 300_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-force-majeure-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  let contractId = '';
  let serviceId = '';

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, ['CU-CFM1']);
      ({ contractId, serviceId } = await contractWithService(store.db, 'vitrumnet', 'CU-CFM1', '2027-01-04'));
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('declares an event, refuses an ending before 3 months, shows the rights and ends the contract', async () => {
    const declared = await runCli(
      [
        ...['force-majeure', 'declare', '--seller', 'vitrumnet', '--description', 'Flood in the cable duct'],
        ...['--started-on', '2027-02-10', '--service', serviceId, '--as-of', '2027-02-10'],
      ],
      env,
    );
    expect(declared.stderr).toBe('');
    const eventId =
      /^Declared (FM-\d+) from 2027-02-10 \(known 2027-02-10\): 1 service\(s\) suspended \(vn:1\.10\.2, vn:1\.10\.3, vn:1\.10\.4\)\.$/m.exec(
        declared.stdout,
      )?.[1];
    expect(eventId).toBeDefined();

    const early = await runCli(
      [
        'force-majeure',
        'end-contract',
        contractId,
        '--event',
        eventId!,
        '--by',
        'customer',
        '--as-of',
        '2027-05-10',
      ],
      env,
    );
    expect(early.status).not.toBe(0);
    expect(early.stderr).toMatch(/the right exists from 2027-05-11 \(vn:1\.10\.4\)/);

    const rights = await runCli(['force-majeure', 'rights', contractId, '--as-of', '2027-05-11'], env);
    expect(rights.stdout).toMatch(/^ {2}customer: may end it now \(from 2027-05-11, vn:1\.10\.4\)$/m);
    expect(rights.stdout).toMatch(/^ {2}seller: may end it now \(from 2027-05-11, vn:1\.10\.4\)$/m);

    const ended = await runCli(
      [
        'force-majeure',
        'end-contract',
        contractId,
        '--event',
        eventId!,
        '--by',
        'customer',
        '--as-of',
        '2027-05-11',
      ],
      env,
    );
    expect(ended.stderr).toBe('');
    expect(ended.stdout).toMatch(
      new RegExp(
        `^Contract ${contractId} ends on 2027-05-11, by the customer, for ${eventId} \\(vn:1\\.10\\.4\\): no remaining-term charge\\.$`,
        'm',
      ),
    );

    const list = await runCli(['force-majeure', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toMatchObject([{ id: eventId, sellerId: 'vitrumnet', endedOn: null }]);
  });
});
