import { Type } from 'typebox';
import { ROLES, USER_LANGUAGES } from '../../users/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';

/** The shapes of users and their tokens in the API: never a password hash or a token hash. */

const NullableText = Type.Union([Type.String(), Type.Null()]);

export const RoleSchema = literalUnion(ROLES);
export const LanguageSchema = literalUnion(USER_LANGUAGES);

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  sellerId: NullableText,
  providerId: NullableText,
  customerId: NullableText,
  language: LanguageSchema,
  active: Type.Boolean(),
  hasPassword: Type.Boolean({ description: 'False until a password is set: the user cannot sign in yet' }),
  createdAt: Type.String(),
  createdBy: Type.String(),
  lastSignInAt: NullableText,
});

/** The signed-in user, as the browser app's session holds it. */
export const SessionUserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  sellerId: NullableText,
  providerId: NullableText,
  customerId: NullableText,
  language: LanguageSchema,
});

export const SessionSchema = Type.Object({
  user: SessionUserSchema,
  csrfToken: Type.String({
    description: 'Send as header x-csrf-token with every write made with the cookie',
  }),
});

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the token, to tell tokens apart' }),
  createdAt: Type.String(),
  createdBy: Type.String(),
  lastUsedAt: NullableText,
  revokedAt: NullableText,
});

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), problem: Type.String() }))),
  },
  { additionalProperties: true },
);
