/**
 * VAT category codes of EN 16931 / Peppol BIS 3 (BT-118 and BT-151, code list UNCL5305, the subset
 * a Dutch seller uses). Each code that is not a plain taxed rate needs an exemption reason on the
 * invoice (BT-120/BT-121); where the code decides the reason, its VATEX code is given here.
 */
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

export interface VatCategoryInfo {
  readonly name: string;
  /** VATEX code for BT-121, when the category alone decides it (E depends on the exempting article). */
  readonly exemptionReasonCode?: string;
}

export const VAT_CATEGORIES: Readonly<Record<VatCategory, VatCategoryInfo>> = {
  S: { name: 'Standard rate' },
  Z: { name: 'Zero rated goods' },
  E: { name: 'Exempt from tax' },
  AE: { name: 'VAT reverse charge', exemptionReasonCode: 'VATEX-EU-AE' },
  K: { name: 'Intra-community supply', exemptionReasonCode: 'VATEX-EU-IC' },
  G: { name: 'Export outside the EU', exemptionReasonCode: 'VATEX-EU-G' },
  O: { name: 'Outside the scope of VAT', exemptionReasonCode: 'VATEX-EU-O' },
};

export function isVatCategory(value: unknown): value is VatCategory {
  return typeof value === 'string' && Object.hasOwn(VAT_CATEGORIES, value);
}
