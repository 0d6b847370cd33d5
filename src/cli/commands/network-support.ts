import { Option } from 'commander';
import type { App } from '../../app.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import type { Address } from '../../shared/identifiers/index.ts';
import { dateArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';

/** What the `vezel network …` command modules share. */

export const contextOf = (app: App): Context => ({
  db: app.database.db,
  clock: app.clock,
  actor: cliActor(),
});
export const onOption = (description: string) =>
  new Option('--on <date>', description).argParser(dateArgument);
export const inventory = () => import('../../network/use-cases/get-network-inventory.ts');

/** Prints JSON with --json, else the lines. */
export function show(json: boolean | undefined, value: unknown, lines: () => string[]): void {
  if (json) printJson(value);
  else printLines(lines());
}

export function oneLine(address: Address): string {
  const addition = address.houseNumberAddition ? ` ${address.houseNumberAddition}` : '';
  return `${address.street} ${address.houseNumber}${addition}, ${address.postcode} ${address.city}, ${address.country}`;
}
