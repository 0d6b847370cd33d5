import { Command } from 'commander';
import type { Provider } from '../../providers/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { App } from '../../app.ts';
import type { Context } from '../../platform/context.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** `vezel providers …`: third-party providers admitted to the open network (vn:3.1) and their tokens. */
export function providersCommand(): Command {
  return new Command('providers')
    .description('third-party providers on the open network: admit, list, show, suspend, token, revoke-token')
    .addCommand(admitCommand())
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(suspendCommand())
    .addCommand(tokenCommand())
    .addCommand(revokeTokenCommand());
}

const contextOf = (app: App): Context => ({ db: app.database.db, clock: app.clock, actor: cliActor() });

interface AdmitOptions {
  name: string;
  email: string;
  helpdeskPhone?: string;
  helpdeskEmail?: string;
  kvk?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  json?: boolean;
}

function admitCommand(): Command {
  return new Command('admit')
    .description('admit a provider (vn:3.1); its helpdesk takes its end users’ questions (vn:2.3.3)')
    .requiredOption('--name <name>', 'the provider’s name')
    .requiredOption('--email <address>', 'where messages about its orders go')
    .option('--helpdesk-phone <number>', 'its helpdesk’s phone number')
    .option('--helpdesk-email <address>', 'its helpdesk’s e-mail address')
    .option('--kvk <number>', 'its KvK number')
    .option('--webhook-url <url>', 'where its systems receive signed webhooks (https)')
    .option('--webhook-secret <secret>', 'the signing secret; left out, one is made and shown once')
    .addOption(jsonOption())
    .action((options: AdmitOptions) =>
      withApp(undefined, async (app) => {
        const { admitProvider } = await import('../../providers/index.ts');
        const admitted = await admitProvider(contextOf(app), {
          name: options.name,
          email: options.email,
          helpdeskPhone: options.helpdeskPhone ?? null,
          helpdeskEmail: options.helpdeskEmail ?? null,
          kvkNumber: options.kvk ?? null,
          webhookUrl: options.webhookUrl ?? null,
          webhookSecret: options.webhookSecret ?? null,
        });
        if (options.json) return printJson(admitted);
        printLines([
          `Admitted ${admitted.provider.id} ${admitted.provider.name} on ${admitted.provider.admittedOn}.`,
          ...(admitted.webhookSecret
            ? [`Webhook signing secret (shown this once): ${admitted.webhookSecret}`]
            : []),
        ]);
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('the admitted providers')
    .addOption(jsonOption())
    .action((options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listProviders } = await import('../../providers/index.ts');
        const providers = await listProviders(contextOf(app));
        if (options.json) return printJson(providers);
        if (providers.length === 0) return printLines(['No providers are admitted.']);
        printLines(providers.map(providerLine));
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one provider with its tokens (never the tokens themselves)')
    .argument('<id>', 'the provider id, e.g. TP-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getProvider } = await import('../../providers/index.ts');
        const provider = await getProvider(contextOf(app), id);
        if (options.json) return printJson(provider);
        printLines([
          providerLine(provider),
          `  e-mail ${provider.email}; helpdesk ${[provider.helpdeskPhone, provider.helpdeskEmail].filter(Boolean).join(', ')}`,
          `  webhooks ${provider.webhookUrl ?? 'none'}`,
          ...provider.tokens.map(
            (token) =>
              `  ${token.id} ${token.name}: issued ${token.createdAt} by ${token.createdBy}` +
              (token.revokedAt ? `, revoked ${token.revokedAt}` : '') +
              (token.lastUsedAt ? `, last used ${token.lastUsedAt}` : ''),
          ),
        ]);
      }),
    );
}

function suspendCommand(): Command {
  return new Command('suspend')
    .description('suspend a provider: its tokens are refused from then on')
    .argument('<id>', 'the provider id')
    .requiredOption('--reason <text>', 'why')
    .addOption(jsonOption())
    .action((id: string, options: { reason: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { suspendProvider } = await import('../../providers/index.ts');
        const provider = await suspendProvider(contextOf(app), { providerId: id, reason: options.reason });
        if (options.json) return printJson(provider);
        printLines([`Suspended ${provider.id} ${provider.name} on ${provider.suspendedOn}.`]);
      }),
    );
}

function tokenCommand(): Command {
  return new Command('token')
    .description('issue an API token to a provider; the token is printed this once')
    .argument('<id>', 'the provider id')
    .requiredOption('--name <name>', 'what the token is for, e.g. "order system"')
    .addOption(jsonOption())
    .action((id: string, options: { name: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { issueProviderToken } = await import('../../providers/index.ts');
        const issued = await issueProviderToken(contextOf(app), { providerId: id, name: options.name });
        if (options.json) return printJson(issued);
        printLines([
          `Token ${issued.token.id} (${issued.token.name}) for ${id}; shown this once, keep it safe:`,
          issued.secret,
        ]);
      }),
    );
}

function revokeTokenCommand(): Command {
  return new Command('revoke-token')
    .description('revoke a provider’s token at once')
    .argument('<id>', 'the provider id')
    .argument('<token>', 'the token id, e.g. TK-3')
    .addOption(jsonOption())
    .action((id: string, tokenId: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { revokeProviderToken } = await import('../../providers/index.ts');
        const token = await revokeProviderToken(contextOf(app), { providerId: id, tokenId });
        if (options.json) return printJson(token);
        printLines([`Revoked ${token.id} (${token.name}) of ${id}.`]);
      }),
    );
}

function providerLine(provider: Provider): string {
  const state = provider.suspendedOn
    ? `suspended ${provider.suspendedOn}`
    : `admitted ${provider.admittedOn}`;
  const live = provider.tokens.filter((token) => token.revokedAt === null).length;
  return `${provider.id.padEnd(6)} ${provider.name.padEnd(30)} ${state}  ${live} active token(s)`;
}
