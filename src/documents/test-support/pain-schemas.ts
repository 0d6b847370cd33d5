import {
  decimalFacets,
  enumeration,
  isoDate,
  isoDateTime,
  maxText,
  pattern,
  type Iso20022Schema,
} from './iso20022-schema.ts';

/*
 * Transcribed from the official pain.008.001.02.xsd and pain.001.001.03.xsd (ISO 20022, SWIFTStandards
 * generated, 2009): the complete sequences of the types the renderers emit, in schema order.
 * Types named here but absent from `complex` and `simple` are never emitted.
 */

const SHARED_COMPLEX = {
  PartyIdentification32:
    'Nm?:Max140Text PstlAdr?:PostalAddress6 Id?:Party6Choice CtryOfRes?:CountryCode CtctDtls?:ContactDetails2',
  Party6Choice: '| OrgId:OrganisationIdentification4 PrvtId:PersonIdentification5',
  PersonIdentification5: 'DtAndPlcOfBirth?:DateAndPlaceOfBirth Othr*:GenericPersonIdentification1',
  GenericPersonIdentification1: 'Id:Max35Text SchmeNm?:PersonIdentificationSchemeName1Choice Issr?:Max35Text',
  PersonIdentificationSchemeName1Choice: '| Cd:ExternalPersonIdentification1Code Prtry:Max35Text',
  CashAccount16:
    'Id:AccountIdentification4Choice Tp?:CashAccountType2 Ccy?:ActiveOrHistoricCurrencyCode Nm?:Max70Text',
  AccountIdentification4Choice: '| IBAN:IBAN2007Identifier Othr:GenericAccountIdentification1',
  BranchAndFinancialInstitutionIdentification4:
    'FinInstnId:FinancialInstitutionIdentification7 BrnchId?:BranchData2',
  FinancialInstitutionIdentification7:
    'BIC?:BICIdentifier ClrSysMmbId?:ClearingSystemMemberIdentification2 Nm?:Max140Text PstlAdr?:PostalAddress6 Othr?:GenericFinancialIdentification1',
  GenericFinancialIdentification1:
    'Id:Max35Text SchmeNm?:FinancialIdentificationSchemeName1Choice Issr?:Max35Text',
  PaymentIdentification1: 'InstrId?:Max35Text EndToEndId:Max35Text',
  ServiceLevel8Choice: '| Cd:ExternalServiceLevel1Code Prtry:Max35Text',
  LocalInstrument2Choice: '| Cd:ExternalLocalInstrument1Code Prtry:Max35Text',
  RemittanceInformation5: 'Ustrd*:Max140Text Strd*:StructuredRemittanceInformation7',
};

/** GroupHeader39 (pain.008) and GroupHeader32 (pain.001) have the same sequence. */
const GROUP_HEADER =
  'MsgId:Max35Text CreDtTm:ISODateTime Authstn*:Authorisation1Choice NbOfTxs:Max15NumericText CtrlSum?:DecimalNumber InitgPty:PartyIdentification32 FwdgAgt?:BranchAndFinancialInstitutionIdentification4';

const SHARED_SIMPLE = {
  Max35Text: maxText(35),
  Max70Text: maxText(70),
  Max140Text: maxText(140),
  Max15NumericText: pattern(/^[0-9]{1,15}$/),
  DecimalNumber: decimalFacets(18, 17, false),
  ISODate: isoDate,
  ISODateTime: isoDateTime,
  IBAN2007Identifier: pattern(/^[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}$/),
  BICIdentifier: pattern(/^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/),
  ActiveOrHistoricCurrencyAndAmount: decimalFacets(18, 5, true),
  ChargeBearerType1Code: enumeration('DEBT', 'CRED', 'SHAR', 'SLEV'),
  ExternalServiceLevel1Code: maxText(4),
  ExternalLocalInstrument1Code: maxText(35),
};

const AMOUNT_ATTRIBUTES = { ActiveOrHistoricCurrencyAndAmount: { Ccy: pattern(/^[A-Z]{3}$/) } };

export const PAIN_008_001_02: Iso20022Schema = {
  namespace: 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.02',
  complex: {
    ...SHARED_COMPLEX,
    Document: 'CstmrDrctDbtInitn:CustomerDirectDebitInitiationV02',
    CustomerDirectDebitInitiationV02: 'GrpHdr:GroupHeader39 PmtInf+:PaymentInstructionInformation4',
    GroupHeader39: GROUP_HEADER,
    PaymentInstructionInformation4:
      'PmtInfId:Max35Text PmtMtd:PaymentMethod2Code BtchBookg?:BatchBookingIndicator NbOfTxs?:Max15NumericText CtrlSum?:DecimalNumber PmtTpInf?:PaymentTypeInformation20 ReqdColltnDt:ISODate Cdtr:PartyIdentification32 CdtrAcct:CashAccount16 CdtrAgt:BranchAndFinancialInstitutionIdentification4 CdtrAgtAcct?:CashAccount16 UltmtCdtr?:PartyIdentification32 ChrgBr?:ChargeBearerType1Code ChrgsAcct?:CashAccount16 ChrgsAcctAgt?:BranchAndFinancialInstitutionIdentification4 CdtrSchmeId?:PartyIdentification32 DrctDbtTxInf+:DirectDebitTransactionInformation9',
    PaymentTypeInformation20:
      'InstrPrty?:Priority2Code SvcLvl?:ServiceLevel8Choice LclInstrm?:LocalInstrument2Choice SeqTp?:SequenceType1Code CtgyPurp?:CategoryPurpose1Choice',
    DirectDebitTransactionInformation9:
      'PmtId:PaymentIdentification1 PmtTpInf?:PaymentTypeInformation20 InstdAmt:ActiveOrHistoricCurrencyAndAmount ChrgBr?:ChargeBearerType1Code DrctDbtTx?:DirectDebitTransaction6 UltmtCdtr?:PartyIdentification32 DbtrAgt:BranchAndFinancialInstitutionIdentification4 DbtrAgtAcct?:CashAccount16 Dbtr:PartyIdentification32 DbtrAcct:CashAccount16 UltmtDbtr?:PartyIdentification32 InstrForCdtrAgt?:Max140Text Purp?:Purpose2Choice RgltryRptg*:RegulatoryReporting3 Tax?:TaxInformation3 RltdRmtInf*:RemittanceLocation2 RmtInf?:RemittanceInformation5',
    DirectDebitTransaction6:
      'MndtRltdInf?:MandateRelatedInformation6 CdtrSchmeId?:PartyIdentification32 PreNtfctnId?:Max35Text PreNtfctnDt?:ISODate',
    MandateRelatedInformation6:
      'MndtId?:Max35Text DtOfSgntr?:ISODate AmdmntInd?:TrueFalseIndicator AmdmntInfDtls?:AmendmentInformationDetails6 ElctrncSgntr?:Max1025Text FrstColltnDt?:ISODate FnlColltnDt?:ISODate Frqcy?:Frequency1Code',
  },
  simple: {
    ...SHARED_SIMPLE,
    PaymentMethod2Code: enumeration('DD'),
    SequenceType1Code: enumeration('FRST', 'RCUR', 'FNAL', 'OOFF'),
  },
  attributes: AMOUNT_ATTRIBUTES,
};

export const PAIN_001_001_03: Iso20022Schema = {
  namespace: 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03',
  complex: {
    ...SHARED_COMPLEX,
    Document: 'CstmrCdtTrfInitn:CustomerCreditTransferInitiationV03',
    CustomerCreditTransferInitiationV03: 'GrpHdr:GroupHeader32 PmtInf+:PaymentInstructionInformation3',
    GroupHeader32: GROUP_HEADER,
    PaymentInstructionInformation3:
      'PmtInfId:Max35Text PmtMtd:PaymentMethod3Code BtchBookg?:BatchBookingIndicator NbOfTxs?:Max15NumericText CtrlSum?:DecimalNumber PmtTpInf?:PaymentTypeInformation19 ReqdExctnDt:ISODate PoolgAdjstmntDt?:ISODate Dbtr:PartyIdentification32 DbtrAcct:CashAccount16 DbtrAgt:BranchAndFinancialInstitutionIdentification4 DbtrAgtAcct?:CashAccount16 UltmtDbtr?:PartyIdentification32 ChrgBr?:ChargeBearerType1Code ChrgsAcct?:CashAccount16 ChrgsAcctAgt?:BranchAndFinancialInstitutionIdentification4 CdtTrfTxInf+:CreditTransferTransactionInformation10',
    PaymentTypeInformation19:
      'InstrPrty?:Priority2Code SvcLvl?:ServiceLevel8Choice LclInstrm?:LocalInstrument2Choice CtgyPurp?:CategoryPurpose1Choice',
    CreditTransferTransactionInformation10:
      'PmtId:PaymentIdentification1 PmtTpInf?:PaymentTypeInformation19 Amt:AmountType3Choice XchgRateInf?:ExchangeRateInformation1 ChrgBr?:ChargeBearerType1Code ChqInstr?:Cheque6 UltmtDbtr?:PartyIdentification32 IntrmyAgt1?:BranchAndFinancialInstitutionIdentification4 IntrmyAgt1Acct?:CashAccount16 IntrmyAgt2?:BranchAndFinancialInstitutionIdentification4 IntrmyAgt2Acct?:CashAccount16 IntrmyAgt3?:BranchAndFinancialInstitutionIdentification4 IntrmyAgt3Acct?:CashAccount16 CdtrAgt?:BranchAndFinancialInstitutionIdentification4 CdtrAgtAcct?:CashAccount16 Cdtr?:PartyIdentification32 CdtrAcct?:CashAccount16 UltmtCdtr?:PartyIdentification32 InstrForCdtrAgt*:InstructionForCreditorAgent1 InstrForDbtrAgt?:Max140Text Purp?:Purpose2Choice RgltryRptg*:RegulatoryReporting3 Tax?:TaxInformation3 RltdRmtInf*:RemittanceLocation2 RmtInf?:RemittanceInformation5',
    AmountType3Choice: '| InstdAmt:ActiveOrHistoricCurrencyAndAmount EqvtAmt:EquivalentAmount2',
  },
  simple: {
    ...SHARED_SIMPLE,
    PaymentMethod3Code: enumeration('CHK', 'TRF', 'TRA'),
  },
  attributes: AMOUNT_ATTRIBUTES,
};
