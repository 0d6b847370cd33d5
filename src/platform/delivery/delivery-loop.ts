/** A delivery loop running inside `vezel serve`. */
export interface DeliveryLoop {
  /** Stops the timer and waits for a pass under way to end. */
  stop(): Promise<void>;
}

export interface DeliveryLoopOptions {
  readonly intervalMs: number;
  /** One pass over the outboxes. */
  readonly run: () => Promise<void>;
  /** A pass that threw: logged, and the next tick tries again. */
  readonly onError: (error: unknown) => void;
}

export const DELIVERY_INTERVAL_MS = 5_000;

/**
 * Runs `run` every `intervalMs`, one pass at a time: a tick that comes while a pass is still
 * running is skipped, not queued. The timer does not keep the process alive on its own.
 */
export function startDeliveryLoop(options: DeliveryLoopOptions): DeliveryLoop {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = (): void => {
    if (running || stopped) return;
    running = options
      .run()
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  // The first pass right away: what waited while the server was down goes out at start.
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
