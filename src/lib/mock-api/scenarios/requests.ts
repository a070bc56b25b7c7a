/**
 * The requests scenarios send: the profile's sample request presenting a key (built by the auth
 * core, as the playground builds it), and authorization and token requests written out parameter
 * by parameter, because a scenario sends on purpose what the core's builders refuse to build.
 */
import {
	buildApiKeyRequest,
	buildBasicRequest,
	buildBearerRequest,
} from '../../auth/build-request.ts';
import { basicVariantFor, type BasicCredentials } from '../../auth/basic.ts';
import type { ApiRequest, FormField } from '../../http/index.ts';
import type { Profile } from '../../profiles/index.ts';

/** Builds the request that presents `key` (an API key or an access token). */
export type KeyRequest = (key: string) => ApiRequest;

function basicCredentials(profile: Profile, key: string): BasicCredentials {
	if (profile.auth.scheme !== 'basic') throw new Error('not a Basic profile');
	const username = profile.auth.exampleUsername ?? 'user';
	switch (basicVariantFor(profile.auth.username)) {
		case 'user-password':
			return { variant: 'user-password', username, password: key };
		case 'empty-username':
			return { variant: 'empty-username', key };
		case 'any-username':
			return { variant: 'any-username', username, key };
		case 'key-as-username':
			return { variant: 'key-as-username', key };
	}
}

/** The profile's sample request with `key`, in the form its docs describe. */
export function profileKeyRequest(profile: Profile): KeyRequest {
	return (key) => {
		const built =
			profile.auth.scheme === 'apiKey'
				? buildApiKeyRequest(profile, key)
				: profile.auth.scheme === 'basic'
					? buildBasicRequest(profile, basicCredentials(profile, key))
					: buildBearerRequest(profile, key);
		if (!built.ok)
			throw new Error(
				`the ${profile.id} builder refused a simulator key: ${built.errors[0]?.message ?? ''}`,
			);
		return built.request;
	};
}

/** `request` with its Authorization field replaced (or removed, for null). */
export function withAuthorization(request: ApiRequest, value: string | null): ApiRequest {
	const headers = request.headers.filter(([name]) => name.toLowerCase() !== 'authorization');
	const { authorization: _recipe, ...rest } = request;
	return { ...rest, headers: value === null ? headers : [...headers, ['Authorization', value]] };
}

/** A GET to the authorization endpoint with exactly these query parameters. */
export function authorizeRequest(
	profile: Profile,
	params: readonly (readonly [string, string])[],
): ApiRequest {
	const url = new URL(profile.oauth!.authorizationEndpoint);
	for (const [name, value] of params) url.searchParams.append(name, value);
	return { method: 'GET', url: url.href, headers: [] };
}

/** A form POST to the token endpoint with exactly these fields (client_secret_post or none). */
export function tokenRequest(profile: Profile, fields: readonly FormField[]): ApiRequest {
	return {
		method: 'POST',
		url: profile.oauth!.tokenEndpoint,
		headers: [
			['Content-Type', 'application/x-www-form-urlencoded'],
			['Accept', 'application/json'],
		],
		body: { kind: 'form', fields },
	};
}

/** `request` with the apiKey profile's header fields or query parameters set to `values` (none: absent). */
export function withApiKey(
	request: ApiRequest,
	auth: { readonly in: 'header' | 'query'; readonly name: string },
	values: readonly string[],
): ApiRequest {
	if (auth.in === 'header') {
		const wanted = auth.name.toLowerCase();
		const headers = request.headers.filter(([name]) => name.toLowerCase() !== wanted);
		const { authorization: _recipe, ...rest } = request;
		return {
			...rest,
			headers: [...headers, ...values.map((value): [string, string] => [auth.name, value])],
		};
	}
	const url = new URL(request.url);
	url.searchParams.delete(auth.name);
	for (const value of values) url.searchParams.append(auth.name, value);
	return { ...request, url: url.href };
}
