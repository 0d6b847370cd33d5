import { describe, expect, it } from 'vitest';
import { startDeliveryLoop } from './delivery-loop.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the delivery loop', () => {
  it('runs at once and then every interval, never two passes at a time, and stop waits for the pass', async () => {
    let running = 0;
    let most = 0;
    let passes = 0;
    const loop = startDeliveryLoop({
      intervalMs: 5,
      run: async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(30);
        running -= 1;
        passes += 1;
      },
      onError: (error) => {
        throw error;
      },
    });
    await sleep(100);
    await loop.stop();
    expect(running).toBe(0);
    expect(most).toBe(1);
    expect(passes).toBeGreaterThanOrEqual(2);
    const after = passes;
    await sleep(50);
    expect(passes).toBe(after);
  });

  it('reports a pass that threw and keeps going', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const loop = startDeliveryLoop({
      intervalMs: 5,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('store unreachable');
      },
      onError: (error) => errors.push(error),
    });
    await sleep(50);
    await loop.stop();
    expect(errors).toEqual([new Error('store unreachable')]);
    expect(calls).toBeGreaterThan(1);
  });
});
