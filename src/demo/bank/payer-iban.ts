import { composeIBAN } from 'ibantools';

const banks = ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'];

/** A well-formed Dutch IBAN for a demo payer (check digits computed; the account is made up). */
export function payerIban(index: number): string {
  const bank = banks[index % banks.length]!;
  const account = String(100_000_000 + index * 7_907).padStart(10, '0');
  const composed = composeIBAN({ countryCode: 'NL', bban: `${bank}${account}` });
  if (!composed) throw new Error(`no IBAN for demo payer ${index}`);
  return composed;
}
