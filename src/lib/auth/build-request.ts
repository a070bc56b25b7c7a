/**
 * Request builders: a profile's sample endpoint called with Basic or Bearer credentials, as the
 * one `ApiRequest` every view, snippet and the mock API read. The secret is marked as a `Secret`
 * (read from `profile.envVar` by snippets) and the `authorization` recipe says how the header was
 * made. A builder returns errors instead of a request whose headers could not travel.
 */
import type { ApiRequest, AuthorizationRecipe, Header, Part, Secret } from '../http/request.ts';
import type { Profile } from '../profiles/index.ts';
import { basicVariantFor, encodeBasic, type BasicCredentials, type BasicSteps } from './basic.ts';
import {
	apiKeyAuthOf,
	apiKeyRequest,
	defaultKeyPlacement,
	validateApiKey,
	type KeyPlacement,
} from './api-key.ts';
import { keyPrefixesOf, validateBearerToken } from './bearer.ts';
import { credentialIssues, headerSizeIssues } from './credential-checks.ts';
import { inputIssue, errorsOf, warningsOf, type AuthIssue } from './validate.ts';

/** A built request with warnings, or the errors that stopped it (warnings included). */
export type BuildResult =
	| { readonly ok: true; readonly request: ApiRequest; readonly warnings: readonly AuthIssue[] }
	| {
			readonly ok: false;
			readonly errors: readonly AuthIssue[];
			readonly warnings: readonly AuthIssue[];
	  };

/** A Basic build also returns its intermediate steps for the view. */
export type BasicBuildResult =
	| {
			readonly ok: true;
			readonly request: ApiRequest;
			readonly steps: BasicSteps;
			readonly warnings: readonly AuthIssue[];
	  }
	| {
			readonly ok: false;
			readonly errors: readonly AuthIssue[];
			readonly warnings: readonly AuthIssue[];
	  };

/** A secret part read from `envVar` by snippets. */
export function secret(value: string, envVar: string): Secret {
	return { kind: 'secret', value, envVar };
}

const tokenName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The first header that could not be sent as is: a name that is not a token (RFC 9110 §5.1) or a
 * value with a control character other than HTAB, a character above U+00FF, or edge whitespace
 * (RFC 9110 §5.5). Run on every built request, so nothing unsafe is ever emitted.
 */
export function unsafeHeader(headers: readonly Header[]): AuthIssue | undefined {
	for (const [name, value] of headers) {
		if (!tokenName.test(name))
			return inputIssue(
				'invalid-token-character',
				'header',
				0,
				0,
				`name "${name}" is not a valid header name.`,
			);
		const bad = /[\x00-\x08\x0a-\x1f\x7f\u0100-\uffff]|^[ \t]|[ \t]$/.exec(value);
		if (bad)
			return inputIssue(
				/[\r\n]/.test(bad[0]) ? 'carriage-return' : 'control-character',
				'header',
				bad.index,
				1,
				`of ${name} contains a character that cannot travel in a header.`,
			);
	}
	return undefined;
}

/** The profile's sample endpoint with `authorization` appended after its own headers. */
export function sampleRequest(
	profile: Profile,
	authorizationValue: string,
	recipe: AuthorizationRecipe,
): ApiRequest {
	const { method, path, headers } = profile.sampleEndpoint;
	return {
		method,
		url: profile.baseUrl + path,
		headers: [...headers, ['Authorization', authorizationValue]],
		authorization: recipe,
	};
}

function checked<
	T extends { readonly request: ApiRequest; readonly warnings: readonly AuthIssue[] },
>(
	result: T,
):
	| (T & { readonly ok: true })
	| {
			readonly ok: false;
			readonly errors: readonly AuthIssue[];
			readonly warnings: readonly AuthIssue[];
	  } {
	const unsafe = unsafeHeader(result.request.headers);
	if (unsafe) return { ok: false, errors: [unsafe], warnings: result.warnings };
	const sizes = result.request.headers.flatMap(([name, value]) => headerSizeIssues(name, value));
	return { ...result, warnings: [...result.warnings, ...sizes], ok: true };
}

/** What a builder needs besides the credentials: the clock, for JWT expiry. */
export interface BuildOptions {
	readonly now?: number | undefined;
}

/** The checks the doctor runs too, on the secret part of Basic credentials. */
function basicSharedIssues(credentials: BasicCredentials, options: BuildOptions): AuthIssue[] {
	if (credentials.variant !== 'user-password')
		return credentialIssues(credentials.key, 'key', { now: options.now });
	const { username, password } = credentials;
	if (password === '') return [];
	return credentialIssues(password, 'password', { now: options.now, pair: username !== '' });
}

/** Errors and warnings together, the errors first, as a failed build returns them. */
function refuse(issues: readonly AuthIssue[], warnings: readonly AuthIssue[]) {
	return {
		ok: false as const,
		errors: errorsOf(issues),
		warnings: [...warnings, ...warningsOf(issues)],
	};
}

/** The sample request with Basic credentials in the given variant (RFC 7617). */
export function buildBasicRequest(
	profile: Profile,
	credentials: BasicCredentials,
	options: BuildOptions = {},
): BasicBuildResult {
	const shared = basicSharedIssues(credentials, options);
	const encoded = encodeBasic(credentials);
	if (!encoded.ok) return { ...encoded, warnings: [...encoded.warnings, ...warningsOf(shared)] };
	if (errorsOf(shared).length > 0) return refuse(shared, encoded.warnings);
	// The recipe carries the NFC-normalised values the header was made from, so a snippet that
	// rebuilds the header from the recipe produces the same bytes (RFC 7617 §2.1).
	const { userId, password } = encoded.steps;
	const secretUser = credentials.variant === 'key-as-username';
	const recipe: AuthorizationRecipe = {
		kind: 'basic',
		userId: secretUser ? secret(userId, profile.envVar) : userId,
		password: secretUser ? password : secret(password, profile.envVar),
		formEncode: false,
	};
	const request = sampleRequest(profile, encoded.steps.headerValue, recipe);
	return checked({ request, steps: encoded.steps, warnings: [...encoded.warnings, ...shared] });
}

/** The sample request with `Authorization: Bearer <token>` (RFC 6750 §2.1). */
export function buildBearerRequest(
	profile: Profile,
	token: string,
	options: BuildOptions = {},
): BuildResult {
	const prefixes = keyPrefixesOf(profile);
	const issues = [
		...credentialIssues(token, 'token', { prefixes, now: options.now }),
		...validateBearerToken(token, 'token', prefixes),
	];
	const errors = errorsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings: warningsOf(issues) };
	const part: Part = secret(token, profile.envVar);
	return checked({
		request: sampleRequest(profile, `Bearer ${token}`, { kind: 'bearer', token: part }),
		warnings: issues,
	});
}

/**
 * The sample request with an OAuth access token (RFC 6750 §2.1), read from `envVar` by snippets.
 * Unlike an API key, an access token has no prefix to check: it is opaque to the client.
 */
export function buildAccessTokenRequest(
	profile: Profile,
	token: string,
	envVar = 'ACCESS_TOKEN',
): BuildResult {
	const issues = validateBearerToken(token, 'token', []);
	const errors = errorsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings: warningsOf(issues) };
	return checked({
		request: sampleRequest(profile, `Bearer ${token}`, {
			kind: 'bearer',
			token: secret(token, envVar),
		}),
		warnings: issues,
	});
}

/**
 * The sample request with the key in a named header or query parameter (OpenAPI `apiKey`): by
 * default where the profile takes it, or where `placement` says (to see what an API answers a key
 * sent elsewhere). The key is read from `profile.envVar` by snippets.
 */
export function buildApiKeyRequest(
	profile: Profile,
	key: string,
	placement: KeyPlacement = apiKeyAuthOf(profile) ?? defaultKeyPlacement,
	options: BuildOptions = {},
): BuildResult {
	// The same value checks as the doctor's (placeholders, expired JWT, NFD), then the placement's own.
	const issues = [
		...credentialIssues(key, 'key', { prefixes: keyPrefixesOf(profile), now: options.now }),
		...validateApiKey(key, placement.in),
	];
	// Query names are kept to RFC 3986 unreserved characters, which no client encodes (see the profile schema).
	if (placement.in === 'query' && !/^[A-Za-z0-9._~-]+$/.test(placement.name)) {
		issues.push(
			inputIssue(
				'invalid-token-character',
				'header',
				0,
				0,
				`name "${placement.name}" is not letters, digits and -._~ only.`,
			),
		);
	}
	const errors = errorsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings: warningsOf(issues) };
	const request = apiKeyRequest(profile, {
		in: placement.in,
		name: placement.name,
		key: secret(key, profile.envVar),
	});
	return checked({ request, warnings: issues });
}

/** What a person types for a profile: the key, and a username where the profile takes one. */
export interface ProfileCredentials {
	readonly key: string;
	/** Used when the profile's Basic rule is `required` or `ignored`; defaults to its example username. */
	readonly username?: string;
}

/** The Basic credentials a profile's rule builds from a key (and username). */
export function basicCredentialsFor(
	profile: Profile,
	input: ProfileCredentials,
): BasicCredentials | undefined {
	if (profile.auth.scheme !== 'basic') return undefined;
	const username = input.username ?? profile.auth.exampleUsername ?? '';
	switch (basicVariantFor(profile.auth.username)) {
		case 'user-password':
			return { variant: 'user-password', username, password: input.key };
		case 'empty-username':
			return { variant: 'empty-username', key: input.key };
		case 'any-username':
			return { variant: 'any-username', username, key: input.key };
		case 'key-as-username':
			return { variant: 'key-as-username', key: input.key };
	}
}

/** The sample request the way the profile authenticates (its scheme and Basic variant). */
export function buildProfileRequest(
	profile: Profile,
	input: ProfileCredentials,
	options: BuildOptions = {},
): BuildResult {
	if (profile.auth.scheme === 'apiKey')
		return buildApiKeyRequest(profile, input.key, undefined, options);
	const basic = basicCredentialsFor(profile, input);
	return basic
		? buildBasicRequest(profile, basic, options)
		: buildBearerRequest(profile, input.key, options);
}
