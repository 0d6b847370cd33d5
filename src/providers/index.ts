/** Third-party providers admitted to the open network (vn:3.1), and their API tokens. */
export type { Provider, ProviderTokenView } from './use-cases/get-provider.ts';
export { getProvider, listProviders } from './use-cases/get-provider.ts';
export type { AdmitProvider, AdmittedProvider } from './use-cases/admit-provider.ts';
export { admitProvider } from './use-cases/admit-provider.ts';
export type { SuspendProvider } from './use-cases/suspend-provider.ts';
export { suspendProvider } from './use-cases/suspend-provider.ts';
export type { IssueProviderToken, IssuedProviderToken } from './use-cases/issue-provider-token.ts';
export { issueProviderToken } from './use-cases/issue-provider-token.ts';
export type { RevokeProviderToken } from './use-cases/revoke-provider-token.ts';
export { revokeProviderToken } from './use-cases/revoke-provider-token.ts';
export type { ProviderCredential } from './use-cases/authenticate-provider-token.ts';
export { authenticateProviderToken } from './use-cases/authenticate-provider-token.ts';
export { assertOperator } from './use-cases/operator-only.ts';
export { PROVIDER_TOKEN_PREFIX, isProviderTokenText } from './rules/provider-token-format.ts';
