import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findUser, findUserByEmail, listApiTokenRows, pageUsers } from '../store.ts';
import type { UserSort } from '../store.ts';

export { USER_SORTS } from '../store.ts';
export type { UserSort } from '../store.ts';
import { normalEmail } from '../rules/user-fields.ts';
import { apiTokenView, userView } from './user-view.ts';
import type { UserApiTokenView, UserView } from './user-view.ts';

export const MAX_USER_PAGE = 200;
const DEFAULT_USER_PAGE = 50;

export interface ListUsers {
  /** A part of the name or e-mail address, or the user's id. */
  readonly search?: string;
  /** Default the e-mail address. */
  readonly sort?: UserSort;
  /** Default ascending. */
  readonly order?: 'asc' | 'desc';
  readonly limit?: number;
  readonly offset?: number;
}

export interface UserPage {
  readonly items: UserView[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** Users by e-mail address, a page at a time. */
export async function listUsers(context: Pick<Context, 'db'>, query: ListUsers = {}): Promise<UserPage> {
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_USER_PAGE, 1), MAX_USER_PAGE);
  const offset = Math.max(query.offset ?? 0, 0);
  const { rows, total } = await pageUsers(context.db, {
    ...(query.search === undefined ? {} : { search: query.search }),
    ...(query.sort === undefined ? {} : { sort: query.sort }),
    ...(query.order === undefined ? {} : { order: query.order }),
    limit,
    offset,
  });
  return { items: rows.map(userView), total, limit, offset };
}

export async function getUser(context: Pick<Context, 'db'>, id: string): Promise<UserView> {
  const row = await findUser(context.db, id);
  if (!row) throw new NotFoundError('user', id);
  return userView(row);
}

/** The user with this e-mail address (however it is typed), e.g. for the CLI. */
export async function getUserByEmail(context: Pick<Context, 'db'>, email: string): Promise<UserView> {
  const row = await findUserByEmail(context.db, normalEmail(email));
  if (!row) throw new NotFoundError('user with e-mail address', email);
  return userView(row);
}

/** A user's API tokens, oldest first, revoked ones too. */
export async function listApiTokens(
  context: Pick<Context, 'db'>,
  userId: string,
): Promise<UserApiTokenView[]> {
  if (!(await findUser(context.db, userId))) throw new NotFoundError('user', userId);
  return (await listApiTokenRows(context.db, userId)).map(apiTokenView);
}
