/** Users who sign in (issue 8): roles, passwords, sessions, API tokens, sign-in rate limits. */
export type { Role } from './rules/roles.ts';
export { ROLES, STAFF_ROLES, isRole } from './rules/roles.ts';
export type { UserLanguage } from './rules/user-fields.ts';
export { USER_LANGUAGES, normalEmail } from './rules/user-fields.ts';
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, passwordProblem } from './rules/password-policy.ts';
export { SESSION_IDLE_HOURS, SESSION_ABSOLUTE_DAYS } from './rules/session-lifetime.ts';
export {
  SIGN_IN_WINDOW_MINUTES,
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
} from './rules/sign-in-limits.ts';
export { USER_TOKEN_PREFIX, isUserTokenText } from './rules/user-token-format.ts';
export type { UserView, UserApiTokenView } from './use-cases/user-view.ts';
export type { ListUsers, UserPage, UserSort } from './use-cases/get-user.ts';
export {
  USER_SORTS,
  listUsers,
  getUser,
  getUserByEmail,
  listApiTokens,
  MAX_USER_PAGE,
} from './use-cases/get-user.ts';
export type { CreateUser } from './use-cases/create-user.ts';
export { createUser } from './use-cases/create-user.ts';
export type { UpdateUser, UserChanges } from './use-cases/update-user.ts';
export { updateUser } from './use-cases/update-user.ts';
export type { SetPassword } from './use-cases/set-password.ts';
export { setPassword } from './use-cases/set-password.ts';
export type { ChangeOwnPassword } from './use-cases/change-own-password.ts';
export { changeOwnPassword } from './use-cases/change-own-password.ts';
export type { SignIn, SignInOutcome } from './use-cases/sign-in.ts';
export { signIn, SIGN_IN_REFUSED } from './use-cases/sign-in.ts';
export { signOut } from './use-cases/sign-out.ts';
export type { SessionCredential } from './use-cases/authenticate-session.ts';
export { authenticateSession } from './use-cases/authenticate-session.ts';
export type { CreateApiToken, CreatedApiToken } from './use-cases/create-api-token.ts';
export { createApiToken } from './use-cases/create-api-token.ts';
export type { RevokeApiToken } from './use-cases/revoke-api-token.ts';
export { revokeApiToken } from './use-cases/revoke-api-token.ts';
export type { ApiTokenCredential } from './use-cases/authenticate-api-token.ts';
export { authenticateApiToken } from './use-cases/authenticate-api-token.ts';
export { newPassword } from './token-secret.ts';
/** A session's id is the SHA-256 of its cookie's token. */
export { secretHash as sessionIdOf } from './token-secret.ts';
export { bootstrapAdmin, BOOTSTRAP_ADMIN_EMAIL } from './use-cases/bootstrap-admin.ts';
