import { Command } from 'commander';
import { cliActor } from '../../platform/actor.ts';
import { describeProfile } from '../../terms/rules/profile-summary.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';
import { withApp } from '../with-app.ts';

/** `vezel terms …`: the sellers' general terms as profiles of executable rules. */
export function termsCommand(): Command {
  return new Command('terms')
    .description("the sellers' general terms as profiles: list, show, validate and add them")
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(validateCommand())
    .addCommand(addCommand());
}

function listCommand(): Command {
  return new Command('list')
    .description('every terms profile: the shipped ones and the operator’s own')
    .addOption(jsonOption())
    .action((options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listProfiles } = await import('../../terms/index.ts');
        const entries = await listProfiles(app.database.db);
        const rows = entries.map(({ profile, origin, supersedes }) => ({
          id: profile.id,
          seller: profile.seller,
          version: profile.version,
          publishedOn: profile.publishedOn,
          origin,
          supersedes,
        }));
        if (options.json) return printJson(rows);
        printLines(
          rows.map(
            (row) =>
              `${row.id.padEnd(28)} ${row.seller.padEnd(16)} ${row.version.padEnd(12)} ${row.publishedOn}  ${row.origin}` +
              (row.supersedes ? `  (supersedes ${row.supersedes})` : ''),
          ),
        );
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one profile: its parameters with the rule ids they implement')
    .argument('<id>', 'the profile id, e.g. bit-2016-10-25')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getProfile } = await import('../../terms/index.ts');
        const { profile } = await getProfile(app.database.db, id);
        if (options.json) return printJson(profile);
        printLines(describeProfile(profile));
      }),
    );
}

function validateCommand(): Command {
  return new Command('validate')
    .description('check a profile file against the schema and the rule catalogue, listing every problem')
    .argument('<file>', 'a terms profile as JSON')
    .addOption(jsonOption())
    .action(async (file: string, options: { json?: boolean }) => {
      const { validateProfile } = await import('../../terms/rules/validate-profile.ts');
      const result = validateProfile(readJsonFile(file));
      if (options.json)
        printJson(result.ok ? { valid: true, problems: [] } : { valid: false, problems: result.problems });
      else if (result.ok) printLines([`${file}: valid profile '${result.profile.id}'`]);
      else {
        printLines([`${file}: ${result.problems.length} problem(s); the profile is not loaded`]);
        printLines(result.problems.map((p) => `  ${p.path || '(document)'}: ${p.problem}`));
      }
      if (!result.ok) {
        throw new InvalidInputError(
          'file',
          `'${file}' is not a valid profile (${result.problems.length} problems)`,
        );
      }
    });
}

function addCommand(): Command {
  return new Command('add')
    .description("add the operator's own profile, or a seller's new version of its terms (--supersedes)")
    .argument('<file>', 'a terms profile as JSON; it must validate completely')
    .option(
      '--supersedes <id>',
      'the profile this one replaces as the new version of the same terms (vn:1.1.4)',
    )
    .addOption(jsonOption())
    .action((file: string, options: { supersedes?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const document = readJsonFile(file);
        const context = { db: app.database.db, clock: app.clock, actor: cliActor() };
        if (options.supersedes === undefined) {
          const { addProfile } = await import('../../terms/index.ts');
          const profile = await addProfile(context.db, context.clock, context.actor, { document });
          if (options.json) return printJson({ id: profile.id, added: true, notified: [] });
          return printLines([`Added terms profile '${profile.id}' (${profile.seller}, ${profile.version}).`]);
        }
        // A new version of a seller's terms: every running contract under the old one is notified (vn:1.1.4).
        const { publishTermsVersion } = await import('../../contracts/index.ts');
        const { profile, notified } = await publishTermsVersion(context, {
          document,
          supersedes: options.supersedes,
        });
        if (options.json) return printJson({ id: profile.id, added: true, notified });
        printLines([
          `Published '${profile.id}' (${profile.seller}, ${profile.version}) as the successor of '${options.supersedes}'.`,
          `Notified ${notified.length} running contract(s)${notified.length > 0 ? `: ${notified.join(', ')}` : ''}.`,
        ]);
      }),
    );
}
