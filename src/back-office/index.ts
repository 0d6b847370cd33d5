/** The back office's day: what needs attention, and the dashboards. Reads only; owns no tables. */
export type { Attention, AttentionSectionKey } from './use-cases/get-attention.ts';
export { getAttention, ATTENTION_SECTIONS } from './use-cases/get-attention.ts';
export type { AttentionItem, AttentionSection } from './use-cases/attention-section.ts';
export type { Revenue, RevenueFigure } from './use-cases/get-revenue.ts';
export { getRevenue } from './use-cases/get-revenue.ts';
export type { ReceivablesAgeing, AgeingFigures } from './use-cases/get-receivables-ageing.ts';
export { getReceivablesAgeing, AGEING_BUCKETS } from './use-cases/get-receivables-ageing.ts';
export type { UsageTrends, UsageFigure } from './use-cases/get-usage-trends.ts';
export { getUsageTrends } from './use-cases/get-usage-trends.ts';
