/**
 * Public surface of the auth core: Basic (RFC 7617), Bearer (RFC 6750), OAuth 2.0 (RFC 6749)
 * with PKCE (RFC 7636), the request builders over the shared `ApiRequest`, and validation with
 * positions. Names exported here are stable: add, never rename.
 */
export {
	authIssueCodeList,
	type AuthIssueCode,
	type InputIssueCode,
	type HeaderIssueCode,
	type OAuthIssueCode,
} from './issue-codes.ts';
export {
	authIssue,
	makeIssue,
	inputIssue,
	errorsOf,
	warningsOf,
	shiftIssues,
	scanValue,
	scanSchemePrefix,
	quoteField,
	findChars,
	isSmartQuote,
	secretFields,
	type AuthField,
	type AuthIssue,
	type ScanOptions,
	type Severity,
} from './validate.ts';
export { maskSecret, visibleChar, visibleText, isInvisible } from './mask.ts';
export {
	encodeBase64,
	encodeBase64Url,
	decodeBase64,
	utf8Bytes,
	describeChar,
	type Base64Decoded,
	type Base64ErrorCode,
} from './base64.ts';
export {
	basicVariants,
	basicVariantFor,
	basicPair,
	basicSteps,
	validateBasic,
	encodeBasic,
	type BasicVariant,
	type BasicCredentials,
	type BasicSteps,
	type BasicResult,
} from './basic.ts';
export { hexBytes, basicStepNotes, unjoinedSteps } from './basic-steps.ts';
export {
	decodeBasicHeader,
	decodeCredentialBytes,
	type BasicDecoded,
	type BasicDecodedParts,
	type CredentialEncoding,
} from './basic-decode.ts';
export {
	parseAuthorization,
	isScheme,
	headerIssue,
	type AuthorizationParsed,
	type AuthorizationParts,
} from './authorization.ts';
export {
	b64tokenPattern,
	isB64token,
	validateBearerToken,
	recognizeKeyPrefix,
	keyEnvironment,
	keyPrefixesOf,
	parseBearerHeader,
	type KeyPrefix,
	type KeyEnvironment,
	type BearerParsed,
} from './bearer.ts';
export {
	buildBasicRequest,
	buildBearerRequest,
	buildApiKeyRequest,
	buildProfileRequest,
	buildAccessTokenRequest,
	basicCredentialsFor,
	sampleRequest,
	unsafeHeader,
	secret,
	type BuildResult,
	type BasicBuildResult,
	type ProfileCredentials,
} from './build-request.ts';
export { formUrlEncode } from './form-encode.ts';
export {
	apiKeyAuthOf,
	validateApiKey,
	defaultKeyPlacement,
	type ApiKeyAuth,
	type KeyPlacement,
} from './api-key.ts';
export {
	codeChallengeS256,
	createCodeVerifier,
	createState,
	validateCodeVerifier,
} from './pkce.ts';
export { randomBytes, cryptoRandomBytes, type RandomBytes } from './random-bytes.ts';
export {
	validateRedirectUri,
	validateScopes,
	parseScope,
	scopeTokenPattern,
	oauthIssue,
} from './oauth-validate.ts';
export {
	buildAuthorizationUrl,
	authorizationApiRequest,
	validateClientId,
	type AuthorizationUrlInput,
	type AuthorizationRequest,
	type AuthorizationUrlResult,
	type PkceOption,
} from './oauth-authorize.ts';
export {
	buildTokenRequest,
	grantTypeValues,
	type TokenGrant,
	type TokenRequestResult,
} from './oauth-token.ts';
export {
	clientAuthentication,
	clientIssues,
	grantRefusal,
	secretMethods,
	type OAuthClient,
	type ClientAuthMethod,
} from './oauth-client.ts';
export {
	buildDeviceAuthorizationRequest,
	parseDeviceAuthorization,
	type DeviceAuthorization,
} from './oauth-device.ts';
export {
	parseAuthorizationResponse,
	parseTokenResponse,
	authorizationMaxAgeMs,
	type CallbackResult,
	type TokenSet,
	type TokenResponseResult,
} from './oauth-response.ts';
