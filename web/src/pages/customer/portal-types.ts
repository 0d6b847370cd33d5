/* The shapes the portals read from the API (src/http/routes/portals.ts and the provider routes). */

export interface PortalContract {
  readonly id: string;
  readonly sellerId: string;
  readonly description: string;
  readonly contractKind: string;
  readonly status: ContractStatus;
  readonly startsOn: string | null;
  readonly currentTermEnd: string | null;
  readonly noticeDeadline: string | null;
  readonly nextPossibleEnd: string | null;
  readonly nextPossibleEndBecause: readonly string[];
  readonly effectiveEnd: string | null;
}

export type ContractStatus = 'forming' | 'formed' | 'running' | 'ending' | 'ended';

export interface TimelineEntry {
  readonly date: string;
  readonly event: string;
  readonly because: readonly string[];
  readonly figures: Record<string, unknown>;
}

export interface Timeline {
  readonly status: ContractStatus;
  readonly formedOn: string | null;
  readonly startsOn: string | null;
  readonly currentTerm: { readonly index: number; readonly start: string; readonly end: string } | null;
  readonly noticeDeadline: string | null;
  readonly effectiveEnd: string | null;
  readonly endedBy: string | null;
  readonly entries: readonly TimelineEntry[];
}

export interface ContractDetail {
  readonly id: string;
  readonly sellerId: string;
  readonly terms: {
    readonly description: string;
    readonly contractKind: string;
    readonly termMonths?: number | null;
  };
  readonly termsVersion: { readonly id: string };
  readonly timeline: Timeline;
}

export interface NoticePreview {
  readonly contractId: string;
  readonly noticeOn: string;
  readonly refusal: string | null;
  readonly effectiveEnd: string | null;
  readonly because: readonly string[];
  readonly figures: Record<string, unknown>;
}

export interface InvoiceSummary {
  readonly id: string;
  readonly kind: 'invoice' | 'credit-note';
  readonly number: string | null;
  readonly sellerId: string;
  readonly issuedOn: string | null;
  readonly dueOn: string | null;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly totalCents: number;
}

export interface Statement {
  readonly sellerId: string;
  readonly customerName: string;
  readonly asOf: string;
  readonly rows: readonly {
    readonly date: string;
    readonly kind: string;
    readonly reference: string;
    readonly description: string;
    readonly debitCents: number;
    readonly creditCents: number;
    readonly balanceCents: number;
  }[];
  readonly balanceCents: number;
  readonly disputedCents: number;
}

export type FaultState = 'acknowledged' | 'in-progress' | 'waiting-on-customer' | 'resolved' | 'closed';
export type SlaStatus = 'none' | 'running' | 'warning' | 'breached' | 'met' | 'missed';

export interface FaultTicket {
  readonly id: string;
  readonly customerId: string;
  readonly serviceId: string | null;
  readonly linkId: string | null;
  readonly kind: 'fiber-break' | 'other';
  readonly reportedAt: string;
  readonly state: FaultState;
  readonly slaStatus: SlaStatus;
  readonly sla: {
    readonly averageBy: string;
    readonly maximumBy: string;
    readonly because: readonly string[];
  } | null;
  readonly report: { readonly description: string };
  readonly closedAt: string | null;
}

export interface NetworkService {
  readonly id: string;
  readonly napId: string | null;
  readonly linkId: string | null;
  readonly customerId?: string;
  readonly state: string;
}

export interface TermsChange {
  readonly contractId: string;
  readonly contractDescription: string;
  readonly versionId: string;
  readonly title: string;
  readonly version: string;
  readonly publishedOn: string;
  readonly notifiedOn: string;
  readonly objectionWindowEnd: string | null;
  readonly canObject: boolean;
  readonly objectedOn: string | null;
  readonly objectionReasons: string | null;
  readonly decision: 'new-version-applies' | 'old-version-kept' | null;
  readonly because: readonly string[];
}

export interface Paged<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** Integer cents as the decimal text formatMoney takes: 36300 → "363.00", -5 → "-0.05". */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
