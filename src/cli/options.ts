import { InvalidArgumentError, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { parsePlainDate } from '../shared/calendar/index.ts';
import { fixedClock, systemClock } from '../platform/clock.ts';
import type { Clock } from '../platform/clock.ts';

export function asOfOption(): Option {
  return new Option(
    '--as-of <date>',
    'act as if today were this date (YYYY-MM-DD); default: today in Europe/Amsterdam',
  ).argParser(dateArgument);
}

export function jsonOption(): Option {
  return new Option('--json', 'print machine-readable JSON instead of text');
}

export function dateArgument(value: string): Temporal.PlainDate {
  try {
    return parsePlainDate(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function wholeNumberArgument(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a whole number of 0 or more`);
  return Number(value);
}

/** The clock a command runs on: standing still on `--as-of`, else the system's. */
export function clockFor(asOf: Temporal.PlainDate | undefined): Clock {
  return asOf ? fixedClock(asOf) : systemClock();
}
