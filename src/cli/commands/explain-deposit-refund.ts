import { Command, Option } from 'commander';
import { explainDepositRefund } from '../../explain/index.ts';
import type { DepositRefundAnswer } from '../../explain/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { asOptions, headline } from './explain-options.ts';

/** `vezel explain deposit-refund`: what comes back of the switch deposit (vn:7.2.2–7.2.4). */
export function depositRefundCommand(): Command {
  // Read by the explain question, which names the option when a value is wrong.
  const required = (flags: string, description: string) =>
    new Option(flags, description).makeOptionMandatory();
  return new Command('deposit-refund')
    .description('the switch deposit refunded after the contract ends (vn:7.2.2, vn:7.2.3, vn:7.2.4)')
    .addOption(required('--deposit <amount>', 'the deposit paid: 150.00 or "€ 150,00"'))
    .addOption(required('--damage-share <0..1>', 'the share of the switch damaged or lost: 0, 0.25, 1'))
    .addOption(required('--open-claims <amount>', 'what the customer still owes when the contract ends'))
    .addOption(jsonOption())
    .action((options: { deposit: string; damageShare: string; openClaims: string; json?: boolean }) => {
      const { deposit, damageShare, openClaims } = options;
      const answer = asOptions(() => explainDepositRefund({ deposit, damageShare, openClaims }));
      if (options.json) return printJson(answer);
      printLines(describeDepositRefund(answer));
    });
}

export function describeDepositRefund(answer: DepositRefundAnswer): string[] {
  return [
    headline(answer.refund, answer.because),
    `deposit ${answer.deposit}, refunded to the customer's account after the contract ends (vn:7.2.2)`,
    `forfeited for damage or loss: ${answer.damageShare} × ${answer.deposit} = ${answer.forfeited}, rounded half away from zero to the cent (vn:7.2.4); ${answer.afterDamage} left`,
    `open claims ${answer.openClaims}: ${answer.setOff} set off against the deposit (vn:7.2.3)`,
    ...(answer.claimsLeft !== '0.00' ? [`${answer.claimsLeft} of the open claims stays owed`] : []),
  ];
}
