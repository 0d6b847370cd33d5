import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServe } from '../../../test/support/serve-process.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import { enqueueProvisioningJob } from '../../network/store/provisioning-jobs.ts';
import { systemClock } from '../../platform/clock.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';
import { startReceiver } from '../../platform/delivery/test-support.ts';

const secret = 'whsec_automation_0123456789abcdef';

describe('vezel serve delivers the outboxes', { timeout: 90_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-serve-outbox-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('sends a waiting job to the automation while serving, and stops cleanly', async () => {
    const dataDir = path.join(folder, 'data');
    const store = await openPglite(dataDir);
    let jobId: string;
    let token: string;
    try {
      await migrateDatabase(store);
      token = await userTokenFor(store.db, (await createTestUser(store.db, { role: 'noc' })).id);
      jobId = (
        await enqueueProvisioningJob(store.db, systemClock(), {
          subject: 'link:L-1',
          action: 'link.up',
          payload: {},
        })
      ).id;
    } finally {
      await store.close();
    }
    const receiver = await startReceiver(secret, systemClock());
    const serve = await startServe({
      VEZEL_DATA: dataDir,
      VEZEL_PROVISIONING_URL: receiver.url,
      VEZEL_PROVISIONING_SECRET: secret,
    });
    try {
      const deadline = Date.now() + 20_000;
      while (receiver.received.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(receiver.received.map((request) => [request.deliveryId, request.verified])).toEqual([
        [jobId, true],
      ]);
      // The outcome is recorded: the job reads as delivered over the API.
      let state = '';
      while (state !== 'delivered' && Date.now() < deadline) {
        state = (
          (await (
            await fetch(`${serve.baseUrl}/provisioning-jobs/${jobId}`, {
              headers: { authorization: `Bearer ${token}` },
            })
          ).json()) as { state: string }
        ).state;
      }
      expect(state).toBe('delivered');
    } finally {
      expect(await serve.stop()).toBe(0);
      await receiver.close();
    }
    expect(receiver.received).toHaveLength(1);
  });
});
