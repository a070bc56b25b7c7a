/** Public surface of the flows' pure parts: the OAuth flow's steps and the key manager's rows. */
export {
	oauthInputs,
	validateClientSecret,
	formIssues,
	blocksAuthorization,
	startAuthorization,
	urlParameters,
	authorizationRequest,
	readConsent,
	exchangeRequest,
	apiRequest,
	maskTokenBody,
	type OAuthForm,
	type OAuthInput,
	type FormIssues,
	type ConsentResult,
} from './oauth-flow.ts';
export {
	lastUsedText,
	statusText,
	isUsable,
	maxOverlapMinutes,
	overlapSeconds,
	revokeWarning,
	type TimeFormat,
	type RotationChoice,
} from './key-rows.ts';
