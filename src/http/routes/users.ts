import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  createApiToken,
  createUser,
  getUser,
  listApiTokens,
  listUsers,
  MAX_USER_PAGE,
  USER_SORTS,
  passwordProblem,
  revokeApiToken,
  setPassword,
  updateUser,
} from '../../users/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import { ApiTokenSchema, LanguageSchema, RoleSchema, UserSchema } from './user-schemas.ts';

const tags = ['users'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
const TokenParams = Type.Object({ id: Id, tokenId: Id }, { additionalProperties: false });
const OptionalId = Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]));

/** Users, roles and API tokens (issue 8): an admin's work. */
export function userRoutes(server: HttpServer, app: App): void {
  server.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users by e-mail address, a page at a time',
        description:
          'sort: email (default), name, role, lastSignInAt (never signed in last ascending, first descending); ' +
          'order: asc (default) or desc.',
        querystring: Type.Object(
          {
            sort: Type.Optional(literalUnion(USER_SORTS)),
            order: Type.Optional(literalUnion(['asc', 'desc'] as const)),
            search: Type.Optional(
              Type.String({ maxLength: 200, description: 'A part of the name or e-mail address, or the id' }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_USER_PAGE })),
            offset: Type.Optional(Type.Integer({ minimum: 0 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(UserSchema),
            total: Type.Integer(),
            limit: Type.Integer(),
            offset: Type.Integer(),
          }),
        },
      },
    },
    async (request) => listUsers(contextOf(app, request), request.query),
  );

  server.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Add a user',
        description:
          'Operator staff (admin, billing, noc, sales) may be limited to one seller; the role provider needs ' +
          'providerId, the role customer customerId. With a password (at least 12 characters) the user can sign ' +
          'in at once; without one, set it later (POST /users/{id}/password).',
        body: Type.Object(
          {
            email: Type.String({ maxLength: 254 }),
            name: Type.String({ maxLength: 200 }),
            role: RoleSchema,
            sellerId: OptionalId,
            providerId: OptionalId,
            customerId: OptionalId,
            language: Type.Optional(LanguageSchema),
            password: Type.Optional(Type.String({ maxLength: 1024 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => {
      const { password, ...fields } = request.body;
      const problem = password === undefined ? undefined : passwordProblem('password', password);
      if (problem) throw new InvalidInputError([problem]);
      const context = contextOf(app, request);
      const user = await createUser(context, fields);
      if (password === undefined) return reply.status(201).send(user);
      await setPassword(context, { userId: user.id, password });
      return reply.status(201).send(await getUser(context, user.id));
    },
  );

  server.get(
    '/users/:id',
    { schema: { tags, summary: 'One user', params: IdParams, response: { 200: UserSchema } } },
    async (request) => getUser(contextOf(app, request), request.params.id),
  );

  server.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user: name, role, seller limit, active, language',
        description: 'Deactivating ends the user’s sessions at once; its tokens stop working while inactive.',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ maxLength: 200 })),
            role: Type.Optional(RoleSchema),
            sellerId: OptionalId,
            active: Type.Optional(Type.Boolean()),
            language: Type.Optional(LanguageSchema),
          },
          { additionalProperties: false },
        ),
        response: { 200: UserSchema },
      },
    },
    async (request) =>
      updateUser(contextOf(app, request), { userId: request.params.id, changes: request.body }),
  );

  server.post(
    '/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Set a user’s password (at least 12 characters); the user’s sessions end',
        params: IdParams,
        body: Type.Object({ password: Type.String({ maxLength: 1024 }) }, { additionalProperties: false }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await setPassword(contextOf(app, request), {
        userId: request.params.id,
        password: request.body.password,
      });
      return reply.status(204).send(null);
    },
  );

  server.get(
    '/users/:id/tokens',
    {
      schema: {
        tags,
        summary: 'A user’s API tokens, revoked ones too (never the tokens themselves)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema), total: Type.Integer() }) },
      },
    },
    async (request) => {
      const items = await listApiTokens(contextOf(app, request), request.params.id);
      return { items, total: items.length };
    },
  );

  server.post(
    '/users/:id/tokens',
    {
      schema: {
        tags,
        summary: 'Make an API token (vzu_…) acting as the user; the token is in this answer only',
        params: IdParams,
        body: Type.Object({ name: Type.String({ maxLength: 100 }) }, { additionalProperties: false }),
        response: {
          201: Type.Object({
            token: ApiTokenSchema,
            secret: Type.String({ description: 'Send as `Authorization: Bearer …`; shown this once' }),
          }),
        },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(contextOf(app, request), {
        userId: request.params.id,
        name: request.body.name,
      });
      return reply.status(201).send(created);
    },
  );

  server.delete(
    '/users/:id/tokens/:tokenId',
    {
      schema: {
        tags,
        summary: 'Revoke a user’s API token at once',
        params: TokenParams,
        response: { 200: ApiTokenSchema },
      },
    },
    async (request) =>
      revokeApiToken(contextOf(app, request), {
        userId: request.params.id,
        tokenId: request.params.tokenId,
      }),
  );
}
