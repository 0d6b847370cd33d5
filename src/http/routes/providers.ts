import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  admitProvider,
  getProvider,
  issueProviderToken,
  listProviders,
  revokeProviderToken,
  suspendProvider,
} from '../../providers/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';

const tags = ['providers'];
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableText = Type.Union([Type.String(), Type.Null()]);
const IdParams = Type.Object({ id: Type.String() }, { additionalProperties: false });

const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  createdBy: Type.String(),
  revokedAt: NullableText,
  lastUsedAt: NullableText,
});

const ProviderSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kvkNumber: NullableText,
  email: Type.String(),
  helpdeskPhone: NullableText,
  helpdeskEmail: NullableText,
  webhookUrl: NullableText,
  admittedOn: IsoDate,
  suspendedOn: Type.Union([IsoDate, Type.Null()]),
  createdAt: Type.String(),
  tokens: Type.Array(TokenSchema),
});

/** The operator's routes for third-party providers (vn:3.1); none is open to a provider's token. */
export function providerRoutes(server: HttpServer, app: App): void {
  server.post(
    '/providers',
    {
      schema: {
        tags,
        summary: 'Admit a third-party provider to the open network (vn:3.1)',
        description:
          'Its helpdesk (phone or e-mail) takes its end users’ support questions (vn:2.3.3). A webhookUrl given ' +
          'without a webhookSecret gets one made, returned in this answer only.',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1 }),
            email: Type.String(),
            helpdeskPhone: Type.Optional(Type.String()),
            helpdeskEmail: Type.Optional(Type.String()),
            kvkNumber: Type.Optional(Type.String()),
            webhookUrl: Type.Optional(Type.String()),
            webhookSecret: Type.Optional(Type.String()),
            admittedOn: Type.Optional(IsoDate),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            provider: ProviderSchema,
            webhookSecret: Type.Union([Type.String(), Type.Null()], {
              description: 'The secret made for the webhooks: shown this once',
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      const { admittedOn, ...fields } = request.body;
      const admitted = await admitProvider(contextOf(app, request), {
        ...fields,
        ...(admittedOn === undefined ? {} : { admittedOn: optionalDate(admittedOn)! }),
      });
      return reply.status(201).send(admitted);
    },
  );

  server.get(
    '/providers',
    { schema: { tags, summary: 'The admitted providers', response: { 200: Type.Array(ProviderSchema) } } },
    async (request) => listProviders(contextOf(app, request)),
  );

  server.get(
    '/providers/:id',
    {
      schema: {
        tags,
        summary: 'One provider with its tokens',
        params: IdParams,
        response: { 200: ProviderSchema },
      },
    },
    async (request) => getProvider(contextOf(app, request), request.params.id),
  );

  server.post(
    '/providers/:id/suspend',
    {
      schema: {
        tags,
        summary: 'Suspend a provider: its tokens are refused from then on',
        params: IdParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1 }), on: Type.Optional(IsoDate) },
          { additionalProperties: false },
        ),
        response: { 200: ProviderSchema },
      },
    },
    async (request) =>
      suspendProvider(contextOf(app, request), {
        providerId: request.params.id,
        reason: request.body.reason,
        ...(request.body.on === undefined ? {} : { on: optionalDate(request.body.on)! }),
      }),
  );

  server.post(
    '/providers/:id/tokens',
    {
      schema: {
        tags,
        summary: 'Issue an API token; the token is in this answer only',
        params: IdParams,
        body: Type.Object({ name: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
        response: {
          201: Type.Object({
            token: TokenSchema,
            secret: Type.String({ description: 'Send as `Authorization: Bearer <secret>`; shown this once' }),
          }),
        },
      },
    },
    async (request, reply) => {
      const issued = await issueProviderToken(contextOf(app, request), {
        providerId: request.params.id,
        name: request.body.name,
      });
      return reply.status(201).send(issued);
    },
  );

  server.delete(
    '/providers/:id/tokens/:tokenId',
    {
      schema: {
        tags,
        summary: 'Revoke a token at once',
        params: Type.Object({ id: Type.String(), tokenId: Type.String() }, { additionalProperties: false }),
        response: { 200: TokenSchema },
      },
    },
    async (request) =>
      revokeProviderToken(contextOf(app, request), {
        providerId: request.params.id,
        tokenId: request.params.tokenId,
      }),
  );
}
