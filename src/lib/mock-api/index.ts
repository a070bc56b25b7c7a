/** Public surface of the mock API. */
export { handle, type Handled } from './handle.ts';
export { createWorld, homeWorkspace, otherWorkspaceId, type Clock, type World, type WorldOptions, type Workspace } from './world.ts';
export { errorCodes, isErrorCode, type ErrorCode, type ErrorCodeEntry } from './error-codes.ts';
export { codesFor } from './applicable-codes.ts';
export { createApiKey, listApiKeys, renameApiKey, revokeApiKey, rotateApiKey, type CreatedKey, type NewKey, type WorldResult } from './keys.ts';
export type { ApiKeyListing, KeyStoreErrorCode } from './key-store.ts';
export { demoClients, loopbackRedirectUri, type OAuthClient } from './oauth-clients.ts';
export type { RandomSource } from './random-text.ts';
export { activeTier, tierPolicy } from './rate-limit.ts';
