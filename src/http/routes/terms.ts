import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { getProfile, listProfiles, TermsProfileSchema, validateProfile } from '../../terms/index.ts';
import type { HttpServer } from '../server.ts';

const Origin = Type.Union([Type.Literal('shipped'), Type.Literal('operator')]);
const Supersedes = Type.Union([Type.String(), Type.Null()], {
  description: 'The version this one replaces (vn:1.1.4)',
});

const ProfileListing = Type.Object({
  id: Type.String(),
  seller: Type.String(),
  title: Type.String(),
  version: Type.String(),
  publishedOn: Type.String({ format: 'date' }),
  origin: Origin,
  supersedes: Supersedes,
});

const Validation = Type.Object({
  valid: Type.Boolean(),
  problems: Type.Array(Type.Object({ path: Type.String(), problem: Type.String() })),
});

export function termsRoutes(server: HttpServer, app: App): void {
  server.get(
    '/terms-profiles',
    {
      schema: {
        tags: ['terms'],
        summary: 'Every terms profile: the shipped ones and the operator’s own',
        response: { 200: Type.Array(ProfileListing) },
      },
    },
    async () =>
      (await listProfiles(app.database.db)).map(({ profile, origin, supersedes }) => ({
        id: profile.id,
        seller: profile.seller,
        title: profile.title,
        version: profile.version,
        publishedOn: profile.publishedOn,
        origin,
        supersedes,
      })),
  );

  server.get(
    '/terms-profiles/:id',
    {
      schema: {
        tags: ['terms'],
        summary: 'One terms profile, every parameter with the rule ids it implements',
        params: Type.Object({ id: Type.String({ examples: ['bit-2016-10-25'] }) }),
        response: {
          200: Type.Object({ profile: TermsProfileSchema, origin: Origin, supersedes: Supersedes }),
        },
      },
    },
    (request) => getProfile(app.database.db, request.params.id),
  );

  server.post(
    '/terms-profiles/validate',
    {
      schema: {
        tags: ['terms'],
        summary: 'Check a profile against the schema and the rule catalogue; stores nothing',
        description: 'Answers 200 whatever the verdict: `valid`, and every problem with its path.',
        body: Type.Unknown(),
        response: { 200: Validation },
      },
    },
    (request) => {
      const result = validateProfile(request.body);
      return result.ok ? { valid: true, problems: [] } : { valid: false, problems: result.problems };
    },
  );
}
