/**
 * Which part of the simulated API a URL addresses: the authorization endpoint, the token
 * endpoint, a path under the base URL (the resource server), or nothing this API serves.
 */
import type { HttpMethod } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';

export type Route =
	| { readonly kind: 'authorize' }
	| { readonly kind: 'token' }
	/** RFC 8628 §3.1, when the profile offers the device grant. */
	| { readonly kind: 'device' }
	/** `path` is relative to the base URL, e.g. /users/me. */
	| { readonly kind: 'resource'; readonly path: string }
	| { readonly kind: 'elsewhere' };

function samePlace(url: URL, endpoint: string): boolean {
	const target = new URL(endpoint);
	return url.origin === target.origin && url.pathname === target.pathname;
}

/** The route of `url` in `profile`. */
export function routeOf(profile: Profile, url: URL): Route {
	if (
		profile.oauth?.grants.includes('authorization_code') &&
		samePlace(url, profile.oauth.authorizationEndpoint)
	)
		return { kind: 'authorize' };
	if (profile.oauth && samePlace(url, profile.oauth.tokenEndpoint)) return { kind: 'token' };
	const device = profile.oauth?.grants.includes('device_code')
		? profile.oauth.deviceAuthorizationEndpoint
		: undefined;
	if (device && samePlace(url, device)) return { kind: 'device' };
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
		case 'device':
			return ['POST'];
		case 'resource':
			return route.path === profile.sampleEndpoint.path ? [profile.sampleEndpoint.method] : [];
		case 'elsewhere':
			return [];
	}
}
