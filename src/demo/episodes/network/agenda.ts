import type { Temporal } from 'temporal-polyfill';
import type { DemoDay } from '../../demo-world.ts';

/** A step of the network's work, done on its day. */
export type Step = (today: DemoDay) => Promise<void>;

/**
 * The network strand's diary: what is to be done on which day, so an order's steps spread over the
 * days that follow it. Steps of a day run in the order they were written in; a step written for a
 * day after the demo's last is simply never done (it is still ahead).
 */
export class Agenda {
  readonly #days = new Map<string, Step[]>();

  on(day: Temporal.PlainDate, step: Step): void {
    const key = day.toString();
    const steps = this.#days.get(key);
    if (steps) steps.push(step);
    else this.#days.set(key, [step]);
  }

  async run(today: DemoDay): Promise<void> {
    const key = today.day.toString();
    // A step may write another for today: it runs in the same pass.
    for (let index = 0; index < (this.#days.get(key)?.length ?? 0); index++)
      await this.#days.get(key)![index]!(today);
    this.#days.delete(key);
  }
}
