/**
 * Who is calling: from the Authorization field to a principal (an API key or an OAuth grant), or
 * the error code that explains why there is none. The scheme rules come from the profile: which
 * scheme the API takes and, for Basic, where the key goes in user-id:password.
 */
import type { ApiRequest } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import type { ErrorCode } from './error-codes.ts';
import type { ErrorOptions } from './respond.ts';
import { decodeBasicHeader } from '../auth/basic-decode.ts';
import { isB64token } from '../auth/bearer.ts';
import { presentedKey } from './api-key-credentials.ts';
import { presentedCredentials } from './credentials.ts';
import { findKeyByValue, isKeyActive, touchKey } from './key-store.ts';
import type { KeyEnvironment } from './key-format.ts';
import type { World } from './world.ts';

/** An authenticated caller. */
export interface Principal {
	/** What the rate limit is counted against: `key_3` or `grant_2`. */
	readonly id: string;
	readonly workspaceId: string;
	readonly environment: KeyEnvironment | null;
	/** Granted scopes; null for every scope. */
	readonly scopes: readonly string[] | null;
}

export type Authentication =
	| { readonly ok: true; readonly principal: Principal; readonly world: World }
	| { readonly ok: false; readonly code: ErrorCode; readonly options?: ErrorOptions };

/** A refusal; `explanation` is for the reader beside the response, never on the wire. */
function refuse(code: ErrorCode, explanation?: string): Authentication {
	return explanation === undefined
		? { ok: false, code }
		: { ok: false, code, options: { explanation } };
}

type Secret =
	{ readonly ok: true; readonly secret: string } | Extract<Authentication, { ok: false }>;

/** Decoded-credential problems that make a Basic value unusable (RFC 7617 §2 excludes CTLs). */
const unusable = new Set([
	'control-character',
	'carriage-return',
	'trailing-newline',
	'lone-surrogate',
]);

/**
 * Where the key sits in Basic credentials, per the profile's username rule (RFC 7617 §2),
 * decoded by the core's strict decoder. The challenge announces charset="UTF-8", so credentials
 * that only make sense as Latin-1 are refused.
 */
function basicSecret(profile: Profile, value: string): Secret {
	if (profile.auth.scheme !== 'basic') throw new Error('not a Basic profile');
	const colonRule =
		profile.auth.username === 'empty' || profile.auth.username === 'key-as-username';
	const decoded = decodeBasicHeader(value);
	if (!decoded.ok) {
		const code = decoded.errors[0]?.code;
		if (code === 'empty-credentials') return { ok: false, code: 'missing-api-key' };
		if (code === 'missing-colon' && colonRule) return { ok: false, code: 'missing-colon' };
		return {
			ok: false,
			code: 'malformed-authorization',
			options: { explanation: 'The Basic credentials are not Base64 of user-id:password.' },
		};
	}
	if (
		decoded.encoding === 'latin-1' ||
		decoded.contentIssues.some((issue) => unusable.has(issue.code))
	) {
		return {
			ok: false,
			code: 'malformed-authorization',
			options: { explanation: 'The decoded credentials are not clean UTF-8 text.' },
		};
	}
	const { userId, password } = decoded;
	switch (profile.auth.username) {
		case 'empty':
			// ":KEY" only: "KEY:" and "user:KEY" miss the leading colon as much as "KEY" does.
			if (userId !== '') return { ok: false, code: 'missing-colon' };
			return { ok: true, secret: password };
		case 'key-as-username':
			return userId === '' ? { ok: false, code: 'missing-api-key' } : { ok: true, secret: userId };
		case 'ignored':
		case 'required':
			if (password === '' || (profile.auth.username === 'required' && userId === ''))
				return { ok: false, code: 'missing-api-key' };
			return { ok: true, secret: password };
	}
}

function fromAccessToken(world: World, token: string, now: number): Authentication | null {
	const record = world.oauth.accessTokens.find((candidate) => candidate.token === token);
	if (!record) return null;
	if (record.revokedAt !== null && record.revokedAt <= now)
		return refuse(
			'revoked-api-key',
			'The access token was revoked; the API answers exactly as for an unknown token.',
		);
	if (now >= record.expiresAt)
		return refuse('token-expired', 'The access token is older than its expires_in.');
	return {
		ok: true,
		world,
		principal: {
			id: record.grantId,
			workspaceId: record.workspaceId,
			environment: null,
			scopes: record.scopes,
		},
	};
}

function fromKey(world: World, secret: string, now: number): Authentication {
	const record = findKeyByValue(world.keys, secret);
	if (!record) return refuse('invalid-api-key', 'No key in this world has this value.');
	if (!isKeyActive(record, now))
		return refuse(
			'revoked-api-key',
			'This key was revoked; the API answers exactly as for an unknown key.',
		);
	const principal = {
		id: record.id,
		workspaceId: record.workspaceId,
		environment: record.environment,
		scopes: record.scopes,
	};
	return { ok: true, principal, world: { ...world, keys: touchKey(world.keys, record.id, now) } };
}

/**
 * A key in the profile's named header or query parameter (OpenAPI apiKey). An OAuth access token,
 * where the API also offers OAuth, still arrives as Bearer in Authorization (RFC 6750 §2.1).
 */
function authenticateApiKey(request: ApiRequest, world: World, now: number): Authentication {
	const { profile } = world;
	if (profile.auth.scheme !== 'apiKey') throw new Error('not an apiKey profile');
	const presented = presentedKey(request, profile.auth);
	if (presented.kind === 'duplicated') return refuse('duplicated-credentials', presented.detail);
	if (presented.kind === 'key') return fromKey(world, presented.key, now);
	const bearer = profile.oauth ? presentedCredentials(request) : undefined;
	if (bearer?.kind === 'credentials' && bearer.scheme.toLowerCase() === 'bearer') {
		const token = fromAccessToken(world, bearer.credentials, now);
		if (token) return token;
	}
	return { ok: false, code: 'missing-api-key', options: { explanation: presented.detail } };
}

/** Authenticates `request` against `world` at `now`; a key that authenticates is marked used. */
export function authenticate(request: ApiRequest, world: World, now: number): Authentication {
	if (world.profile.auth.scheme === 'apiKey') return authenticateApiKey(request, world, now);
	const presented = presentedCredentials(request);
	if (presented.kind === 'none') return { ok: false, code: 'missing-api-key' };
	if (presented.kind === 'duplicated') return refuse('duplicated-credentials', presented.detail);
	if (presented.kind === 'malformed') return refuse('malformed-authorization', presented.detail);
	const { profile } = world;
	// Auth-scheme names are case-insensitive (RFC 9110 §11.1).
	if (presented.scheme.toLowerCase() !== profile.auth.scheme)
		return { ok: false, code: 'wrong-scheme' };
	if (profile.auth.scheme === 'basic') {
		const secret = basicSecret(profile, `${presented.scheme} ${presented.credentials}`);
		return secret.ok ? fromKey(world, secret.secret, now) : secret;
	}
	if (!isB64token(presented.credentials))
		return refuse(
			'malformed-authorization',
			'The token contains characters a Bearer token cannot have (RFC 6750 §2.1).',
		);
	return (
		(profile.oauth ? fromAccessToken(world, presented.credentials, now) : null) ??
		fromKey(world, presented.credentials, now)
	);
}
