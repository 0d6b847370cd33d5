import { Temporal } from 'temporal-polyfill';
import type { ContractTimeline } from './contract-timeline.ts';
import { governedTimeline } from './governed-timeline.ts';
import type { GovernedTimeline, LineageFacts } from './governed-timeline.ts';

/** The dates of a contract the back office's home page watches, as the timeline gives them on a day. */
export interface ContractDates {
  readonly status: ContractTimeline['status'];
  /** The last day to give notice for the current term (or period) end, while nothing ends it. */
  readonly noticeDeadline: string | null;
  /** The day after the current term ends, while the contract runs and no end is known (renewal). */
  readonly renewalOn: string | null;
  /** The day an ending takes effect, while the contract is ending. */
  readonly effectiveEnd: string | null;
}

/** The dates on `computedFor`, and the first day after it on which any of them could differ. */
export interface ContractDatesProjection extends ContractDates {
  readonly computedFor: string;
  /** Exclusive; null when no later day can change them (only a new fact can). */
  readonly validUntil: string | null;
}

const date = (text: string) => Temporal.PlainDate.from(text);
const nextDay = (text: string) => date(text).add({ days: 1 }).toString();

/** What the home page reads of a timeline: bit:12.1, vn:1.5.1 renewals, bit:12.2 / vn:1.6.1 notice. */
export function datesOf(timeline: ContractTimeline): ContractDates {
  const { status, currentTerm } = timeline;
  return {
    status,
    noticeDeadline: status === 'ended' ? null : timeline.noticeDeadline,
    renewalOn:
      status === 'running' && timeline.effectiveEnd === null && currentTerm ? nextDay(currentTerm.end) : null,
    effectiveEnd: status === 'ending' ? timeline.effectiveEnd : null,
  };
}

/**
 * A contract's home-page dates on `asOf`, valid until the first later day on which the timeline
 * could read differently. The timeline depends on the day only through these (see the property test):
 * - events count from their date (`known`), objections and decisions too (vn:1.1.4);
 * - formation (bit:2.3, vn:1.5.2): the formation date, a signed form from the day it arrived;
 * - the start (activation) and the anchor it gives the terms;
 * - a term (bit:12.1, vn:1.5.1) is current until its end, the next from the day after;
 * - the notice deadline is for the term or period end current on the day (bit:12.2, bit:12.3), so it
 *   moves the day after that end; an ending takes effect on its date, and the terms stop at it;
 * - a later terms version applies from its publication, after its objection window, or from a
 *   renewal (vn:1.1.4, bit:12.1).
 * Every such date after `asOf` is a candidate, and the earliest wins: an early one only costs a
 * recompute.
 */
export function contractDates(facts: LineageFacts, asOf: Temporal.PlainDate): ContractDatesProjection {
  const governed = governedTimeline(facts, asOf);
  const day = asOf.toString();
  const later = changeDays(facts, governed).filter((candidate) => candidate > day);
  const validUntil = later.length === 0 ? null : later.reduce((a, b) => (b < a ? b : a));
  return { ...datesOf(governed.timeline), computedFor: day, validUntil };
}

function changeDays(facts: LineageFacts, governed: GovernedTimeline): string[] {
  const days: string[] = [];
  for (const event of facts.events) days.push(event.on);
  for (const fact of Object.values(facts.order)) if (fact !== null) days.push(fact);
  for (const timeline of [governed.first, governed.timeline]) days.push(...timelineDays(timeline));
  const objectionDays = facts.lineage.map((version) => version.termsChanges?.objectionDays ?? null);
  for (const version of facts.lineage) {
    days.push(version.publishedOn);
    for (const window of objectionDays) {
      if (window !== null)
        days.push(
          date(version.publishedOn)
            .add({ days: window + 1 })
            .toString(),
        );
    }
  }
  const steps = (governed.termsVersion.figures as { steps?: { appliesFrom: string | null }[] }).steps;
  for (const step of steps ?? []) if (step.appliesFrom) days.push(step.appliesFrom);
  return days;
}

/** The days on which a timeline's own reading of the day moves, and the day after each. */
function timelineDays(timeline: ContractTimeline): string[] {
  const days: string[] = [];
  const add = (text: string | null | undefined) => {
    if (typeof text === 'string') days.push(text, nextDay(text));
  };
  add(timeline.formedOn);
  add(timeline.startsOn);
  add(timeline.effectiveEnd);
  add(timeline.noticeDeadline);
  add(timeline.currentTerm?.end);
  for (const entry of timeline.entries) {
    add(entry.date);
    // The notice deadline's term or period end: the deadline moves the day after it.
    if (entry.event === 'notice-deadline') add(entry.figures.currentTermEnd as string | undefined);
  }
  return days;
}
