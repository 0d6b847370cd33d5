import { Command, Option } from 'commander';
import { explainCancellationFee } from '../../explain/index.ts';
import type { CancellationFeeAnswer } from '../../explain/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline, profileOption, profilesFor } from './explain-options.ts';

/** `vezel explain cancellation-fee`: the costs of cancelling a formed contract (bit:4.1). */
export function cancellationFeeCommand(): Command {
  return new Command('cancellation-fee')
    .description('the cancellation costs of a formed contract (bit:4.1)')
    .addOption(profileOption())
    .addOption(
      // Read by the explain question (money's parseAmount), which names the option when it is wrong.
      new Option(
        '--order-total-incl-vat <amount>',
        'the order total incl. VAT: 1210.00 or "€ 1.210,00"',
      ).makeOptionMandatory(),
    )
    .addOption(jsonOption())
    .action(async (options: { profile: string; orderTotalInclVat: string; json?: boolean }) => {
      const profiles = await profilesFor(options.profile);
      const answer = asOptions(() =>
        explainCancellationFee(
          { profile: options.profile, orderTotalInclVat: options.orderTotalInclVat },
          profiles,
        ),
      );
      if (options.json) return printJson(answer);
      printLines(describeCancellationFee(answer));
    });
}

export function describeCancellationFee(answer: CancellationFeeAnswer): string[] {
  return [
    headline(answer.fee, answer.because),
    `${answer.feeRate} × ${answer.orderTotalInclVat} (the order total incl. VAT), rounded half away from zero to the cent`,
    ...(answer.needsSellerConsent ? ['due only when the seller agrees to the cancellation'] : []),
  ];
}
