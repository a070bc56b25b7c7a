/**
 * The pure half of the HTTP adapter: from what a server received (method, request-target, raw
 * headers, body bytes) to an `ApiRequest` for one profile, and back. Each profile is served under
 * `/<id>`, which stands for the origin of its base URL: `/lemlist/api/team` is
 * `https://api.lemlist.com/api/team`, `/example-api/oauth/token` is the Example API token
 * endpoint. Requests the adapter can answer alone (the index, an unknown prefix, a method the
 * request model has no room for) are answered here, with the same response model.
 */
import {
	httpMethods,
	type ApiRequest,
	type ApiResponse,
	type Header,
	type HttpMethod,
	type RequestBody,
} from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import { respond, simulatorResponse } from './respond.ts';
import { allowedMethods, routeOf } from './router.ts';

/** A request as the HTTP server received it. */
export interface WireRequest {
	readonly method: string;
	/** The request-target as sent, e.g. `/lemlist/api/team?x=1`. */
	readonly target: string;
	/** Header lines in the order received. */
	readonly headers: readonly Header[];
	readonly body: Uint8Array;
}

export type Dispatch =
	| { readonly kind: 'profile'; readonly profile: Profile; readonly request: ApiRequest }
	| { readonly kind: 'answer'; readonly response: ApiResponse };

/** Where `url`, one of the profile's absolute URLs, is served locally under `origin`. */
export function localUrl(profile: Profile, url: string, origin: string): string {
	const parsed = new URL(url);
	return `${origin}/${profile.id}${parsed.pathname}${parsed.search}`;
}

/** The local base URL of a profile: what replaces its `baseUrl` in a snippet run against the server. */
export function localBaseUrl(profile: Profile, origin: string): string {
	return localUrl(profile, profile.baseUrl, origin).replace(/\/$/, '');
}

function index(profiles: readonly Profile[], origin: string, now: number): ApiResponse {
	const apis = profiles.map((profile) => ({
		id: profile.id,
		name: profile.name,
		baseUrl: localBaseUrl(profile, origin),
		sampleEndpoint: `${profile.sampleEndpoint.method} ${localBaseUrl(profile, origin)}${profile.sampleEndpoint.path}`,
		...(profile.oauth
			? {
					authorizationEndpoint: localUrl(profile, profile.oauth.authorizationEndpoint, origin),
					tokenEndpoint: localUrl(profile, profile.oauth.tokenEndpoint, origin),
				}
			: {}),
		...(profile.oauth?.deviceAuthorizationEndpoint
			? {
					deviceAuthorizationEndpoint: localUrl(
						profile,
						profile.oauth.deviceAuthorizationEndpoint,
						origin,
					),
				}
			: {}),
	}));
	return respond(200, 'application/json', `${JSON.stringify({ apis }, null, 2)}\n`, [], now);
}

function mediaType(headers: readonly Header[]): string {
	const value = headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
	return value.split(';')[0]!.trim().toLowerCase();
}

/** The body in the request model: form fields, JSON text, or nothing for other types. */
export function wireBody(headers: readonly Header[], bytes: Uint8Array): RequestBody | undefined {
	if (bytes.length === 0) return undefined;
	const text = new TextDecoder('utf-8').decode(bytes);
	const type = mediaType(headers);
	if (type === 'application/x-www-form-urlencoded')
		return { kind: 'form', fields: [...new URLSearchParams(text)] };
	if (type === 'application/json' || type.endsWith('+json')) return { kind: 'json', text };
	return undefined;
}

/** Routes a received request to a profile, or answers it directly. */
export function dispatch(
	wire: WireRequest,
	profiles: readonly Profile[],
	origin: string,
	now: number,
): Dispatch {
	let url: URL;
	try {
		url = new URL(wire.target, origin);
	} catch {
		return {
			kind: 'answer',
			response: simulatorResponse(
				'malformed-request',
				now,
				'The request-target is not a valid path.',
			),
		};
	}
	const [, first = '', ...rest] = url.pathname.split('/');
	const profile = profiles.find((candidate) => candidate.id === first);
	if (url.pathname === '/') {
		return wire.method === 'GET'
			? { kind: 'answer', response: index(profiles, origin, now) }
			: {
					kind: 'answer',
					response: simulatorResponse('method-not-allowed', now, 'The index takes GET.', [
						['Allow', 'GET'],
					]),
				};
	}
	if (!profile) {
		const known = profiles.map((candidate) => `/${candidate.id}/`).join(', ');
		return {
			kind: 'answer',
			response: simulatorResponse(
				'unknown-api',
				now,
				`No simulated API at /${first.slice(0, 40)}. Known prefixes: ${known}.`,
			),
		};
	}
	const target = `${new URL(profile.baseUrl).origin}/${rest.join('/')}${url.search}`;
	if (!(httpMethods as readonly string[]).includes(wire.method)) {
		const allow = allowedMethods(profile, routeOf(profile, new URL(target))).join(', ');
		return {
			kind: 'answer',
			response: simulatorResponse(
				'method-not-allowed',
				now,
				'This method is not served here.',
				allow ? [['Allow', allow]] : [],
			),
		};
	}
	const body = wireBody(wire.headers, wire.body);
	const request: ApiRequest = {
		method: wire.method as HttpMethod,
		url: target,
		headers: wire.headers,
		...(body ? { body } : {}),
	};
	return { kind: 'profile', profile, request };
}

/**
 * The path to log for a request: a route of the profile (sample, authorize, token) as served
 * locally, else only the prefix. Never the query, never an unknown path: either may hold a key.
 */
export function loggedPath(target: string, profiles: readonly Profile[]): string {
	const path = target.split('?')[0] ?? '';
	const profile = profiles.find(
		(candidate) => path.startsWith(`/${candidate.id}/`) || path === `/${candidate.id}`,
	);
	if (path === '/') return '/';
	if (!profile) return '/…';
	const known = [
		`${profile.baseUrl}${profile.sampleEndpoint.path}`,
		profile.oauth?.authorizationEndpoint,
		profile.oauth?.tokenEndpoint,
		profile.oauth?.deviceAuthorizationEndpoint,
	]
		.filter((url): url is string => url !== undefined)
		.map((url) => `/${profile.id}${new URL(url).pathname}`);
	return known.includes(path) ? path : `/${profile.id}/…`;
}
