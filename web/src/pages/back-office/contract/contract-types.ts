/* The contract as GET /contracts/{id} answers it: its timeline computed by the rules, events, actions. */

export type Figures = Record<string, unknown>;

export interface TimelineEntry {
  readonly date: string;
  readonly event: string;
  readonly because: readonly string[];
  readonly figures: Figures;
}

export interface ContractTimeline {
  readonly status: 'forming' | 'formed' | 'running' | 'ending' | 'ended';
  readonly formedOn: string | null;
  readonly startsOn: string | null;
  readonly currentTerm: { readonly index: number; readonly start: string; readonly end: string } | null;
  readonly noticeDeadline: string | null;
  readonly effectiveEnd: string | null;
  readonly endedBy: string | null;
  readonly entries: readonly TimelineEntry[];
}

export interface Contract {
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly sellerId: string;
  readonly profileId: string;
  readonly terms: {
    readonly contractKind: string;
    readonly service: string;
    readonly description: string;
    readonly termMonths: number | null;
    readonly paymentTermMonths: number | null;
    readonly recurringCents: number;
    readonly oneTimeCents: number;
  };
  readonly termsVersion: { readonly id: string; readonly because: readonly string[] };
  readonly timeline: ContractTimeline;
  readonly events: readonly Record<string, unknown>[];
  /** Each action: null when allowed now, else why not. */
  readonly actions: Record<string, string | null>;
}

/**
 * The day the contract would end if notice were given on the day the timeline was computed for:
 * the rules put it in the notice-deadline entry's figures (bit:12.1–12.3, nl:6:236j, nl:tw7.2a).
 * Once the contract is ending, its effective end.
 */
export function nextPossibleEnd(
  timeline: ContractTimeline,
): { readonly date: string; readonly because: readonly string[] } | null {
  if (timeline.effectiveEnd) {
    const end = timeline.entries.find((e) => e.date === timeline.effectiveEnd && e.event !== 'term-end');
    return { date: timeline.effectiveEnd, because: end?.because ?? [] };
  }
  const deadline = timeline.entries.find((e) => e.event === 'notice-deadline');
  const date = deadline?.figures.effectiveDate;
  return typeof date === 'string' && deadline ? { date, because: deadline.because } : null;
}
