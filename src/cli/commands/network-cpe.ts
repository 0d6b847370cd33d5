import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { CpeView } from '../../network/use-cases/inventory-views.ts';
import { formatEuro } from '../../shared/money/index.ts';
import { jsonOption, wholeNumberArgument } from '../options.ts';
import { withApp } from '../with-app.ts';
import { contextOf, inventory, onOption, show } from './network-support.ts';

/** `vezel network cpe …`: the switches — registered, installed against a deposit, returned or lost. */
export function cpeCommand(): Command {
  const register = new Command('register')
    .description('book a switch into stock')
    .requiredOption('--serial <number>', "the maker's serial number")
    .requiredOption('--model <name>', 'the model')
    .addOption(
      new Option('--ports <n>', 'its number of ports').argParser(wholeNumberArgument).makeOptionMandatory(),
    )
    .requiredOption('--sticker <code>', 'the code on the ownership sticker (vn:2.1.10)')
    .addOption(jsonOption())
    .action((options: { serial: string; model: string; ports: number; sticker: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { registerCpe } = await import('../../network/use-cases/register-cpe.ts');
        const device = await registerCpe(contextOf(app), {
          serialNumber: options.serial,
          model: options.model,
          ports: options.ports,
          sticker: options.sticker,
        });
        show(options.json, device, () => [`Registered ${device.id}.`, ...cpeLines(device)]);
      }),
    );
  const install = new Command('install')
    .description("install a switch from stock at a customer's premises (vn:2.1.8, vn:2.1.12, vn:2.1.13)")
    .argument('<id>', 'the switch, e.g. CPE-7')
    .requiredOption('--customer <id>', 'the customer, e.g. CU-12')
    .requiredOption('--premises <id>', 'where it is installed, e.g. PR-3')
    .addOption(
      new Option('--ownership <kind>', 'lent, rented or sold (vn:2.1.8)')
        .choices(['lent', 'rented', 'sold'])
        .makeOptionMandatory(),
    )
    .option('--deposit <amount>', 'the deposit for a lent or rented switch in euros, e.g. 150.00 (vn:7.2.1)')
    .option('--contract <id>', 'the contract it serves')
    .addOption(onOption('the day of installation; default today'))
    .addOption(jsonOption())
    .action((id: string, options: InstallOptions) =>
      withApp(undefined, async (app) => {
        const { parseAmount } = await import('../../shared/money/index.ts');
        const { installCpe } = await import('../../network/use-cases/install-cpe.ts');
        const device = await installCpe(contextOf(app), {
          cpeId: id,
          customerId: options.customer,
          premisesId: options.premises,
          ownership: options.ownership,
          ...(options.deposit === undefined ? {} : { depositCents: parseAmount(options.deposit, 'deposit') }),
          ...(options.contract === undefined ? {} : { contractId: options.contract }),
          ...(options.on === undefined ? {} : { installedOn: options.on }),
        });
        show(options.json, device, () => [
          ...cpeLines(device),
          `  risk passes on ${device.riskPassesOn.value} (${device.riskPassesOn.because.join(', ')})`,
        ]);
      }),
    );
  const takeBack = new Command('return')
    .description('take a switch back; say what its ownership sticker reads, or that it is gone (vn:2.1.10)')
    .argument('<id>', 'the switch, e.g. CPE-7')
    .option('--sticker <code>', 'what the ownership sticker reads')
    .option('--sticker-missing', 'the sticker is gone')
    .option('--damage-share <share>', 'the share of its value lost to damage, 0 to 1, e.g. 0.25 (vn:7.2.4)')
    .addOption(onOption('the day it came back; default today'))
    .addOption(jsonOption())
    .action((id: string, options: ReturnOptions) =>
      withApp(undefined, async (app) => {
        const { recordCpeReturn } = await import('../../network/use-cases/record-cpe-return.ts');
        const device = await recordCpeReturn(contextOf(app), {
          cpeId: id,
          // Neither option given: the use case asks for the sticker.
          sticker: options.stickerMissing ? null : (options.sticker as string),
          ...(options.damageShare === undefined ? {} : { damageShare: options.damageShare }),
          ...(options.on === undefined ? {} : { returnedOn: options.on }),
        });
        show(options.json, device, () => [
          ...cpeLines(device),
          `  sticker ${device.stickerPresent ? 'present' : 'MISSING (vn:2.1.10)'}`,
        ]);
      }),
    );
  const lost = new Command('lost')
    .description('write a switch off as lost (final; its deposit is forfeited, vn:7.2.4)')
    .argument('<id>', 'the switch, e.g. CPE-7')
    .requiredOption('--reason <text>', 'what happened')
    .addOption(onOption('the day; default today'))
    .addOption(jsonOption())
    .action((id: string, options: { reason: string; on?: Temporal.PlainDate; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { markCpeLost } = await import('../../network/use-cases/mark-cpe-lost.ts');
        const device = await markCpeLost(contextOf(app), {
          cpeId: id,
          reason: options.reason,
          ...(options.on === undefined ? {} : { on: options.on }),
        });
        show(options.json, device, () => cpeLines(device));
      }),
    );
  const showCpe = new Command('show')
    .description('one switch, by id or by serial number')
    .argument('<id-or-serial>', 'e.g. CPE-7 or its serial number')
    .addOption(jsonOption())
    .action((key: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getCpeDevice, getCpeDeviceBySerial } = await inventory();
        const device = /^CPE-\d+$/i.test(key)
          ? await getCpeDevice(app.database.db, key.toUpperCase())
          : await getCpeDeviceBySerial(app.database.db, key);
        show(options.json, device, () => cpeLines(device));
      }),
    );
  return new Command('cpe')
    .description('switches: register, install, return, lost, show')
    .addCommand(register)
    .addCommand(install)
    .addCommand(takeBack)
    .addCommand(lost)
    .addCommand(showCpe);
}

interface InstallOptions {
  customer: string;
  premises: string;
  ownership: 'lent' | 'rented' | 'sold';
  deposit?: string;
  contract?: string;
  on?: Temporal.PlainDate;
  json?: boolean;
}

interface ReturnOptions {
  sticker?: string;
  stickerMissing?: boolean;
  damageShare?: string;
  on?: Temporal.PlainDate;
  json?: boolean;
}

export function cpeLines(device: CpeView): string[] {
  const where = device.premisesId ? ` at ${device.premisesId}` : '';
  const owner = device.ownership ? `, ${device.ownership}` : '';
  const deposit = device.depositCents > 0 ? `, deposit ${formatEuro(device.depositCents)}` : '';
  return [
    `${device.id} ${device.state}${where}: ${device.model} (${device.ports} ports), serial ${device.serialNumber}, sticker ${device.sticker}${owner}${deposit}`,
    ...(device.customerId
      ? [`  customer ${device.customerId}${device.installedOn ? `, installed ${device.installedOn}` : ''}`]
      : []),
    ...(device.returnedOn
      ? [`  returned ${device.returnedOn}, damage share ${device.damageShare ?? '0'}`]
      : []),
  ];
}
