/**
 * Which part of the simulated API a URL addresses: the authorization endpoint, the token
 * endpoint, a path under the base URL (the resource server), or nothing this API serves.
 */
import type { HttpMethod } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';

export type Route =
	| { readonly kind: 'authorize' }
	| { readonly kind: 'token' }
	/** `path` is relative to the base URL, e.g. /users/me. */
	| { readonly kind: 'resource'; readonly path: string }
	| { readonly kind: 'elsewhere' };

function samePlace(url: URL, endpoint: string): boolean {
	const target = new URL(endpoint);
	return url.origin === target.origin && url.pathname === target.pathname;
}

/** The route of `url` in `profile`. */
export function routeOf(profile: Profile, url: URL): Route {
	if (profile.oauth && samePlace(url, profile.oauth.authorizationEndpoint))
		return { kind: 'authorize' };
	if (profile.oauth && samePlace(url, profile.oauth.tokenEndpoint)) return { kind: 'token' };
	const base = new URL(profile.baseUrl);
	if (
		url.origin === base.origin &&
		url.pathname.startsWith(`${base.pathname.replace(/\/$/, '')}/`)
	) {
		return { kind: 'resource', path: url.pathname.slice(base.pathname.replace(/\/$/, '').length) };
	}
	return { kind: 'elsewhere' };
}

/** The methods a route accepts, for the Allow field of a 405 (RFC 9110 §10.2.1). */
export function allowedMethods(profile: Profile, route: Route): readonly HttpMethod[] {
	switch (route.kind) {
		case 'authorize':
			return ['GET'];
		case 'token':
			return ['POST'];
		case 'resource':
			return route.path === profile.sampleEndpoint.path ? [profile.sampleEndpoint.method] : [];
		case 'elsewhere':
			return [];
	}
}
