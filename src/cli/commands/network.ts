import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { LinkView, NapView, PremisesView } from '../../network/use-cases/inventory-views.ts';
import { jsonOption, wholeNumberArgument } from '../options.ts';
import { withApp } from '../with-app.ts';
import { cpeCommand, cpeLines } from './network-cpe.ts';
import { contextOf, inventory, onOption, oneLine, show } from './network-support.ts';
import { closeEndedCommand, remindCpeReturnsCommand, settleDepositCommand } from './network-endings.ts';

/** `vezel network …`: the network inventory — premises, cables, NAPs, switches (CPE) and links — and its endings. */
export function networkCommand(): Command {
  return new Command('network')
    .description('the network inventory: premises, cables, NAPs, switches (cpe) and links')
    .addCommand(premisesCommand())
    .addCommand(cablesCommand())
    .addCommand(napsCommand())
    .addCommand(cpeCommand())
    .addCommand(linksCommand())
    .addCommand(closeEndedCommand())
    .addCommand(remindCpeReturnsCommand())
    .addCommand(settleDepositCommand());
}

function premisesCommand(): Command {
  const add = new Command('add')
    .description('record a premises: an address, with the customer there when known')
    .requiredOption('--street <name>', 'the street')
    .requiredOption('--house-number <number>', 'the house number (in the Netherlands the number only)')
    .option('--addition <text>', "huisletter or toevoeging, e.g. 'A' or '2 hoog'")
    .requiredOption('--postcode <code>', "e.g. '6716 BP'")
    .requiredOption('--city <name>', 'the city')
    .option('--country <code>', 'ISO 3166-1 alpha-2; default NL')
    .option('--customer <id>', 'the customer at the address, e.g. CU-12')
    .addOption(jsonOption())
    .action((options: AddPremisesOptions) =>
      withApp(undefined, async (app) => {
        const { addPremises } = await import('../../network/use-cases/add-premises.ts');
        const premises = await addPremises(contextOf(app), {
          address: {
            street: options.street,
            houseNumber: options.houseNumber,
            postcode: options.postcode,
            city: options.city,
            ...(options.addition === undefined ? {} : { houseNumberAddition: options.addition }),
            ...(options.country === undefined ? {} : { country: options.country }),
          },
          ...(options.customer === undefined ? {} : { customerId: options.customer }),
        });
        show(options.json, premises, () => [`Added premises ${premises.id}.`, ...premisesLines(premises)]);
      }),
    );
  const showPremises = new Command('show')
    .description('one premises with its NAPs and the switches installed there')
    .argument('<id>', 'the premises id, e.g. PR-3')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const premises = await (await inventory()).getPremises(app.database.db, id);
        show(options.json, premises, () => premisesLines(premises));
      }),
    );
  return new Command('premises').description('premises: add, show').addCommand(add).addCommand(showPremises);
}

interface AddPremisesOptions {
  street: string;
  houseNumber: string;
  addition?: string;
  postcode: string;
  city: string;
  country?: string;
  customer?: string;
  json?: boolean;
}

function cablesCommand(): Command {
  const add = new Command('add')
    .description('record a fiber cable; its fiber count picks the repair times of the SLA (vn:6.4.10)')
    .argument('<id>', "the operator's name of the cable, e.g. EDE-NOORD-07")
    .addOption(
      new Option('--fibers <count>', '12, 24, 48, 96, 144 or 192')
        .argParser(wholeNumberArgument)
        .makeOptionMandatory(),
    )
    .option('--description <text>', 'where it runs')
    .addOption(jsonOption())
    .action((id: string, options: { fibers: number; description?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { addCable } = await import('../../network/use-cases/add-cable.ts');
        const cable = await addCable(contextOf(app), {
          id,
          fiberCount: options.fibers,
          ...(options.description === undefined ? {} : { description: options.description }),
        });
        show(options.json, cable, () => [`Added cable ${cable.id}: ${cable.fiberCount} fibers (vn:6.4.10).`]);
      }),
    );
  return new Command('cables').description('fiber cables: add').addCommand(add);
}

function napsCommand(): Command {
  const add = new Command('add')
    .description('record a planned network termination point (NAP) of a premises on a cable')
    .requiredOption('--premises <id>', 'the premises, e.g. PR-3')
    .requiredOption('--cable <id>', 'the cable, e.g. EDE-NOORD-07')
    .addOption(new Option('--fiber <n>', 'the fiber of the cable it uses').argParser(wholeNumberArgument))
    .addOption(jsonOption())
    .action((options: { premises: string; cable: string; fiber?: number; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { addNap } = await import('../../network/use-cases/add-nap.ts');
        const nap = await addNap(contextOf(app), {
          premisesId: options.premises,
          cableId: options.cable,
          ...(options.fiber === undefined ? {} : { fiber: options.fiber }),
        });
        show(options.json, nap, () => [`Added ${nap.id}.`, napLine(nap)]);
      }),
    );
  const state = (name: string, to: 'active' | 'out-of-service' | 'removed', description: string) =>
    new Command(name)
      .description(description)
      .argument('<id>', 'the NAP id, e.g. NAP-4')
      .addOption(onOption('the day it happened; default today'))
      .option('--reason <text>', 'why, for the audit log')
      .addOption(jsonOption())
      .action((id: string, options: { on?: Temporal.PlainDate; reason?: string; json?: boolean }) =>
        withApp(undefined, async (app) => {
          const { changeNapState } = await import('../../network/use-cases/change-nap-state.ts');
          const nap = await changeNapState(contextOf(app), {
            napId: id,
            state: to,
            ...(options.on === undefined ? {} : { on: options.on }),
            ...(options.reason === undefined ? {} : { reason: options.reason }),
          });
          show(options.json, nap, () => [napLine(nap)]);
        }),
      );
  const showNap = new Command('show')
    .description("one NAP with its cable's fiber count")
    .argument('<id>', 'the NAP id, e.g. NAP-4')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const nap = await (await inventory()).getNap(app.database.db, id);
        show(options.json, nap, () => [napLine(nap)]);
      }),
    );
  return new Command('naps')
    .description('network termination points: add, activate, suspend, remove, show')
    .addCommand(add)
    .addCommand(
      state('activate', 'active', 'put a NAP in service (again); the first time records activatedOn'),
    )
    .addCommand(state('suspend', 'out-of-service', 'take a NAP out of service'))
    .addCommand(state('remove', 'removed', 'remove a NAP for good; its fiber is free again'))
    .addCommand(showNap);
}

function linksCommand(): Command {
  const order = new Command('order')
    .description("order a link from the customer's NAP to another NAP or a hand-off (vn:1.2.15, vn:2.2.1)")
    .requiredOption('--customer <id>', 'the customer, e.g. CU-12')
    .requiredOption('--a-nap <id>', "the customer's end: an active NAP with its switch")
    .option('--z-nap <id>', 'the far end, a NAP')
    .option('--handoff <name>', 'or the far end outside the network, e.g. "AMS-IX port 7"')
    .addOption(
      new Option('--bandwidth <mbps>', 'in Mbit/s').argParser(wholeNumberArgument).makeOptionMandatory(),
    )
    .addOption(
      new Option('--vlan <id>', 'a wished service VLAN; default the lowest free').argParser(
        wholeNumberArgument,
      ),
    )
    .option('--pool <id>', 'the VLAN pool; default "default"')
    .option('--contract <id>', 'the contract it serves')
    .addOption(jsonOption())
    .action((options: OrderOptions) =>
      withApp(undefined, async (app) => {
        const { orderLink } = await import('../../network/use-cases/create-link.ts');
        const link = await orderLink(contextOf(app), {
          customerId: options.customer,
          aNapId: options.aNap,
          // Both or neither: the use case names the problem.
          z: { napId: options.zNap, handoff: options.handoff } as { napId: string },
          bandwidthMbps: options.bandwidth,
          ...(options.vlan === undefined ? {} : { vlan: options.vlan }),
          ...(options.pool === undefined ? {} : { poolId: options.pool }),
          ...(options.contract === undefined ? {} : { contractId: options.contract }),
        });
        show(options.json, link, () => [`Ordered link ${link.id}.`, linkLine(link)]);
      }),
    );
  const end = new Command('end')
    .description('end a link: its VLAN is free again and the network takes it down')
    .argument('<id>', 'the link, e.g. L-5')
    .addOption(onOption('the day it ends; default today'))
    .option('--reason <text>', 'why, for the audit log')
    .addOption(jsonOption())
    .action((id: string, options: { on?: Temporal.PlainDate; reason?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { endLink } = await import('../../network/use-cases/end-link.ts');
        const link = await endLink(contextOf(app), {
          linkId: id,
          ...(options.on === undefined ? {} : { endedOn: options.on }),
          ...(options.reason === undefined ? {} : { reason: options.reason }),
        });
        show(options.json, link, () => [linkLine(link)]);
      }),
    );
  const showLink = new Command('show')
    .description('one link')
    .argument('<id>', 'the link, e.g. L-5')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const link = await (await inventory()).getLink(app.database.db, id);
        show(options.json, link, () => [linkLine(link)]);
      }),
    );
  const pools = new Command('vlan-pools')
    .description('the VLAN pools with their used and free service VLANs')
    .addOption(jsonOption())
    .action((options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const list = await (await inventory()).listVlanPools(app.database.db);
        show(options.json, list, () =>
          list.map((p) => `${p.id.padEnd(12)} ${p.first}–${p.last}: ${p.used} used, ${p.free} free`),
        );
      }),
    );
  return new Command('links')
    .description('links and their VLANs: order, end, show, vlan-pools')
    .addCommand(order)
    .addCommand(end)
    .addCommand(showLink)
    .addCommand(pools);
}

interface OrderOptions {
  customer: string;
  aNap: string;
  zNap?: string;
  handoff?: string;
  bandwidth: number;
  vlan?: number;
  pool?: string;
  contract?: string;
  json?: boolean;
}

function premisesLines(premises: PremisesView): string[] {
  return [
    `${premises.id}: ${oneLine(premises.address)}${premises.customerId ? ` (customer ${premises.customerId})` : ''}`,
    ...(premises.naps.length === 0 ? ['  no NAPs'] : premises.naps.map((nap) => `  ${napLine(nap)}`)),
    ...premises.cpe.map((device) => `  ${cpeLines(device)[0]!}`),
  ];
}

function napLine(nap: NapView): string {
  const since = nap.activatedOn ? ` (activated ${nap.activatedOn})` : '';
  const fiber = nap.fiber === null ? '' : `, fiber ${nap.fiber}`;
  return `${nap.id} ${nap.state}${since} at ${nap.premisesId}: cable ${nap.cableId} (${nap.fiberCount} fibers${fiber})`;
}

function linkLine(link: LinkView): string {
  const z = link.zNapId ?? `hand-off ${link.zHandoff ?? '?'}`;
  const state = link.endedOn ? `ended ${link.endedOn}` : 'running';
  return `${link.id} ${link.aNapId} → ${z}: ${link.bandwidthMbps} Mbit/s, VLAN ${link.vlan} (pool ${link.poolId}), customer ${link.customerId}, ${state}`;
}
