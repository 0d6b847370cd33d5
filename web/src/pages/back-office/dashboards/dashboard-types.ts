/** What the dashboard reads of the API. Amounts are decimal strings until shown. */
export interface Revenue {
  readonly from: string;
  readonly to: string;
  readonly quarters: readonly string[];
  readonly figures: readonly {
    readonly quarter: string;
    readonly sellerId: string;
    readonly productId: string | null;
    readonly productName: string | null;
    readonly amount: string;
  }[];
  readonly totals: readonly { readonly quarter: string; readonly amount: string }[];
}

export const AGEING_BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];
export type AgeingFigures = Record<AgeingBucket | 'total', string> & { readonly invoices: number };

export interface ReceivablesAgeing {
  readonly asOf: string;
  readonly sellers: readonly (AgeingFigures & { readonly sellerId: string })[];
  readonly total: AgeingFigures;
}

export interface UsageTrends {
  readonly from: string;
  readonly to: string;
  readonly months: readonly string[];
  readonly figures: readonly {
    readonly month: string;
    readonly sellerId: string;
    readonly productId: string;
    readonly productName: string | null;
    readonly unit: string | null;
    readonly quantity: string;
  }[];
}

export interface SlaReport {
  readonly sellerId: string;
  readonly from: string;
  readonly to: string;
  readonly breachCount: number;
  readonly classes: readonly {
    readonly cableClass: string;
    readonly averageHours: number;
    readonly maximumHours: number;
    readonly repaired: number;
    readonly open: number;
    readonly meanRepairHours: number | null;
    readonly withinAverage: boolean | null;
    readonly breaches: readonly unknown[];
  }[];
}
