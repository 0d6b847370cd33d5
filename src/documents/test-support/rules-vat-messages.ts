/*
 * The assertion texts of the EN 16931 VAT category rules (CEN-EN16931-UBL schematron) for the
 * categories checked in rules-vat.ts, by category and rule number, as CEN words them.
 */

export type CheckedCategory = 'S' | 'Z' | 'AE';
export type RuleNumber = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10';

const SELLER =
  'the Seller VAT Identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)';
const BUYER = 'the Buyer VAT identifier (BT-48) and/or the Buyer legal registration identifier (BT-47)';
const USED =
  'An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is';
const LINE =
  'An Invoice that contains an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is';
const ALLOWANCE =
  'An Invoice that contains a Document level allowance (BG-20) where the Document level allowance VAT category code (BT-95) is';
const CHARGE =
  'An Invoice that contains a Document level charge (BG-21) where the Document level charge VAT category code (BT-102) is';

export const VAT_RULE_MESSAGES: Readonly<Record<CheckedCategory, Readonly<Record<RuleNumber, string>>>> = {
  S: {
    '01': `${USED} "Standard rated" shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with "Standard rated".`,
    '02': `${LINE} "Standard rated" shall contain ${SELLER}.`,
    '03': `${ALLOWANCE} "Standard rated" shall contain ${SELLER}.`,
    '04': `${CHARGE} "Standard rated" shall contain ${SELLER}.`,
    '05': 'In an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is "Standard rated" the Invoiced item VAT rate (BT-152) shall be greater than zero.',
    '06': 'In a Document level allowance (BG-20) where the Document level allowance VAT category code (BT-95) is "Standard rated" the Document level allowance VAT rate (BT-96) shall be greater than zero.',
    '07': 'In a Document level charge (BG-21) where the Document level charge VAT category code (BT-102) is "Standard rated" the Document level charge VAT rate (BT-103) shall be greater than zero.',
    '08': 'For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is "Standard rated", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) minus the sum of document level allowance amounts (BT-92) where the VAT category code (BT-151, BT-102, BT-95) is "Standard rated" and the VAT rate (BT-152, BT-103, BT-96) equals the VAT category rate (BT-119).',
    '09': 'The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where VAT category code (BT-118) is "Standard rated" shall equal the VAT category taxable amount (BT-116) multiplied by the VAT category rate (BT-119).',
    '10': 'A VAT breakdown (BG-23) with VAT Category code (BT-118) "Standard rate" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).',
  },
  Z: {
    '01': `${USED} "Zero rated" shall contain in the VAT breakdown (BG-23) exactly one VAT category code (BT-118) equal with "Zero rated".`,
    '02': `An Invoice that contains an Invoice line where the Invoiced item VAT category code (BT-151) is "Zero rated" shall contain ${SELLER}.`,
    '03': `${ALLOWANCE} "Zero rated" shall contain ${SELLER}.`,
    '04': `An Invoice that contains a Document level charge where the Document level charge VAT category code (BT-102) is "Zero rated" shall contain ${SELLER}.`,
    '05': 'In an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is "Zero rated" the Invoiced item VAT rate (BT-152) shall be 0 (zero).',
    '06': 'In a Document level allowance (BG-20) where the Document level allowance VAT category code (BT-95) is "Zero rated" the Document level allowance VAT rate (BT-96) shall be 0 (zero).',
    '07': 'In a Document level charge (BG-21) where the Document level charge VAT category code (BT-102) is "Zero rated" the Document level charge VAT rate (BT-103) shall be 0 (zero).',
    '08': 'In a VAT breakdown (BG-23) where VAT category code (BT-118) is "Zero rated" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amount (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are "Zero rated".',
    '09': 'The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where VAT category code (BT-118) is "Zero rated" shall equal 0 (zero).',
    '10': 'A VAT breakdown (BG-23) with VAT Category code (BT-118) "Zero rated" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).',
  },
  AE: {
    '01': `${USED} "Reverse charge" shall contain in the VAT Breakdown (BG-23) exactly one VAT category code (BT-118) equal with "VAT reverse charge".`,
    '02': `${LINE} "Reverse charge" shall contain ${SELLER} and ${BUYER}.`,
    '03': `${ALLOWANCE} "Reverse charge" shall contain ${SELLER} and ${BUYER}.`,
    '04': `${CHARGE} "Reverse charge" shall contain ${SELLER} and ${BUYER}.`,
    '05': 'In an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is "Reverse charge" the Invoiced item VAT rate (BT-152) shall be 0 (zero).',
    '06': 'In a Document level allowance (BG-20) where the Document level allowance VAT category code (BT-95) is "Reverse charge" the Document level allowance VAT rate (BT-96) shall be 0 (zero).',
    '07': 'In a Document level charge (BG-21) where the Document level charge VAT category code (BT-102) is "Reverse charge" the Document level charge VAT rate (BT-103) shall be 0 (zero).',
    '08': 'In a VAT breakdown (BG-23) where the VAT category code (BT-118) is "Reverse charge" the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are "Reverse charge".',
    '09': 'The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where the VAT category code (BT-118) is "Reverse charge" shall be 0 (zero).',
    '10': 'A VAT breakdown (BG-23) with VAT Category code (BT-118) "Reverse charge" shall have a VAT exemption reason code (BT-121), meaning "Reverse charge" or the VAT exemption reason text (BT-120) "Reverse charge" (or the equivalent standard text in another language).',
  },
};
