import { Temporal } from 'temporal-polyfill';
import { slaDeadlines, slaLocalTime } from '../operations/rules/sla-clock.ts';
import { InvalidInputError, asInvalidInput, quote } from '../shared/errors/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { InputProblems } from './explain-input.ts';
import type { KnownProfiles } from './known-profiles.ts';

/** The profile whose terms carry an SLA, asked about when no profile is named. */
export const DEFAULT_SLA_PROFILE = 'vitrumnet-2.5-2018-04-15';

export interface SlaQuestion {
  /** The fiber count of the broken cable: picks the row of the repair-time table. */
  readonly fibers: number;
  /** The first report, an ISO instant with its offset or Z: `2027-03-28T00:30:00+01:00`. */
  readonly reported: string;
  /** A direct definitive repair (adds the profile's extra hours, vn:6.4.10); default no. */
  readonly definitiveRepair?: boolean | undefined;
  /** The seller's terms profile; default the VitrumNet profile. */
  readonly profile?: string | undefined;
}

export type SlaAnswer = {
  /** The average repair time's end, in Europe/Amsterdam with its offset. */
  readonly averageBy: string;
  /** The maximum repair time's end: a repair report later than this is a breach. */
  readonly maximumBy: string;
  readonly because: RuleId[];
  readonly averageHours: number;
  readonly maximumHours: number;
  readonly fiberCount: number;
  readonly definitiveRepair: boolean;
  /** The first report, in Europe/Amsterdam with its offset. */
  readonly reported: string;
  readonly clock: 'elapsed-hours';
  readonly profile: string;
};

/**
 * The SLA clock of a physical fiber break (vn:6.4.10): elapsed hours from the first report, day and
 * night (vn:6.4.11). Shared by `vezel explain sla` and `GET /explain/sla`.
 */
export function explainSla(question: SlaQuestion, profiles: KnownProfiles): SlaAnswer {
  const input = new InputProblems();
  const profileId = question.profile ?? DEFAULT_SLA_PROFILE;
  const read = {
    profile: input.profile(profileId, profiles),
    reported: reportedInstant(input, question.reported),
    fibers: Number.isInteger(question.fibers)
      ? question.fibers
      : input.add('fibers', `${quote(question.fibers)} is not a whole number`),
  };
  const { profile, reported, fibers } = input.checked(read);
  if (!profile.sla) throw new InvalidInputError('profile', `${quote(profile.id)} has no SLA on repair times`);
  const sla = profile.sla;
  const deadlines = asQuestionFields(() =>
    slaDeadlines(sla, {
      fiberCount: fibers,
      reportedAt: reported,
      definitiveRepair: question.definitiveRepair === true,
    }),
  );
  return {
    averageBy: slaLocalTime(deadlines.averageBy),
    maximumBy: slaLocalTime(deadlines.maximumBy),
    because: [...deadlines.because],
    averageHours: deadlines.averageHours,
    maximumHours: deadlines.maximumHours,
    fiberCount: deadlines.fiberCount,
    definitiveRepair: deadlines.definitiveRepair,
    reported: slaLocalTime(deadlines.reportedAt),
    clock: sla.clock,
    profile: profile.id,
  };
}

/** An instant needs its offset: a local time alone is ambiguous once a year. */
function reportedInstant(input: InputProblems, text: string): Temporal.Instant | undefined {
  try {
    return Temporal.Instant.from(text);
  } catch {
    return input.add(
      'reported',
      `${quote(text)} is not an ISO instant with an offset or Z, such as 2027-03-28T00:30:00+01:00`,
    );
  }
}

/** The rule names the fiber count `fiberCount`; this question calls it `fibers`. */
function asQuestionFields<T>(ask: () => T): T {
  try {
    return ask();
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (!invalid) throw error;
    throw new InvalidInputError(
      invalid.problems.map(({ field, problem }) => ({
        field: field === 'fiberCount' ? 'fibers' : field,
        problem,
      })),
    );
  }
}
