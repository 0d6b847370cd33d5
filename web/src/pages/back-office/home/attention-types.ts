/** What `GET /back-office/attention` answers. */
export interface AttentionItem {
  readonly id: string;
  readonly sellerId: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  readonly date: string | null;
  readonly amount: string | null;
  readonly detail: string | null;
  readonly reference: string | null;
}

export interface AttentionSection {
  readonly count: number;
  readonly items: readonly AttentionItem[];
}

export const SECTION_KEYS = [
  'billRunsDue',
  'unmatchedPayments',
  'disputes',
  'dunningDue',
  'faults',
  'cpeReturns',
  'contractDates',
  'networkOrders',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface Attention {
  readonly today: string;
  readonly now: string;
  readonly sellerId: string | null;
  readonly sections: Record<SectionKey, AttentionSection>;
}
