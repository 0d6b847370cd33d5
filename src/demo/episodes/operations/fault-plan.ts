import type { DemoRandom } from '../../rules/demo-random.ts';
import type { FaultOutcome } from './fault-desk.ts';

/** A fault of the year: on which day of the demo, at which minute of that day, and how it goes. */
export interface PlannedFault {
  readonly daysIn: number;
  readonly minute: number;
  readonly outcome: FaultOutcome;
}

/** The year's faults that are done with by the last day; most repaired within the SLA. */
const yearOutcomes: readonly (readonly [FaultOutcome, number])[] = [
  ['repaired', 20],
  ['repaired-after-wait', 4],
  ['breached', 4],
  ['reopened', 1],
  ['not-reproducible', 2],
  ['customer-caused', 1],
  ['customer-modified', 1],
];

/**
 * The fault tickets of the year: the ones repaired and closed, spread over the days from the third
 * week (the first services run by then), mostly in office hours but some at night; and the last days'
 * tickets still open when the demo starts: one past its maximum two days ago and waiting on the
 * customer, one from yesterday afternoon, three of this morning.
 */
export function faultPlan(random: DemoRandom, days: number): PlannedFault[] {
  const outcomes = shuffled(
    random,
    yearOutcomes.flatMap(([outcome, count]) => Array.from({ length: count }, () => outcome)),
  );
  const last = days - 1;
  const year = outcomes.map((outcome) => ({
    daysIn: random.between(20, last - 5),
    minute: random.chance(0.7) ? random.between(7 * 60 + 30, 18 * 60) : random.between(0, 24 * 60 - 1),
    outcome,
  }));
  const open: PlannedFault[] = [
    { daysIn: last - 2, minute: 19 * 60 + 20, outcome: 'open-waiting' },
    { daysIn: last - 1, minute: 14 * 60 + 30, outcome: 'open-in-progress' },
    { daysIn: last, minute: 1 * 60 + 50, outcome: 'open-acknowledged' },
    { daysIn: last, minute: 6 * 60 + 45, outcome: 'open-in-progress' },
    { daysIn: last, minute: 7 * 60 + 35, outcome: 'open-acknowledged' },
  ];
  return [...year, ...open].sort((a, b) => a.daysIn - b.daysIn || a.minute - b.minute);
}

function shuffled<T>(random: DemoRandom, items: T[]): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = random.between(0, index);
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}
