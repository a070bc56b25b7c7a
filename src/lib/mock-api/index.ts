/** Public surface of the mock API. */
export { handle, type Handled } from './handle.ts';
export {
	createWorld,
	homeWorkspace,
	otherWorkspaceId,
	type Clock,
	type World,
	type WorldOptions,
	type Workspace,
} from './world.ts';
export {
	errorCodes,
	isErrorCode,
	type ErrorCode,
	type ErrorCodeEntry,
	type ChallengeRule,
	type Applicability,
} from './error-codes.ts';
export { codesFor, applies } from './applicable-codes.ts';
export {
	errorRedirect,
	errorResponse,
	httpDate,
	redirect,
	simulatorResponse,
	wireCode,
	wireDescription,
	type ErrorOptions,
} from './respond.ts';
export { challengeFor, basicChallenge } from './challenge.ts';
export {
	createApiKey,
	listApiKeys,
	renameApiKey,
	revealApiKey,
	revokeApiKey,
	rotateApiKey,
	type CreatedKey,
	type NewKey,
	type WorldResult,
} from './keys.ts';
export { keyEnvironments, maskKey, type KeyEnvironment } from './key-format.ts';
export { maxKeyNameLength, type ApiKeyListing, type KeyStoreErrorCode } from './key-store.ts';
export {
	demoClients,
	loopbackRedirectUri,
	type OAuthClient,
	type GrantType,
} from './oauth-clients.ts';
export type { RandomSource } from './random-text.ts';
export {
	activeTier,
	drawRequest,
	exhaustedRate,
	policyNames,
	tierPolicy,
	type PrincipalRate,
	type RateOutcome,
	type RateState,
} from './rate-limit.ts';
export {
	take,
	fullBucket,
	type BucketPolicy,
	type BucketState,
	type BucketDecision,
} from './token-bucket.ts';
export { dispatch, localBaseUrl, localUrl, loggedPath } from './wire.ts';
export { decideDevice, normalizeUserCode, type DeviceDecision } from './oauth-device-decision.ts';
