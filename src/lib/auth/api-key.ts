/**
 * API keys in a named header (`X-API-Key: KEY`) or query parameter (`?api_key=KEY`): OpenAPI's
 * `apiKey` scheme. No HTTP authentication scheme is involved, so the key is sent as it is: in a
 * header it must be a field value every client sends unchanged (visible ASCII, RFC 9110 §5.5); in a
 * query it is percent-encoded (`appendQueryParameter`) and may hold any character, though a key
 * that is not ASCII is almost always a copy accident.
 */
import {
	appendQueryParameter,
	partValue,
	type ApiKeyPlacement,
	type ApiRequest,
} from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import { describeChar } from './base64.ts';
import { isInvisible } from './mask.ts';
import { findChars, inputIssue, isSmartQuote, scanValue, type AuthIssue } from './validate.ts';

/** Where a profile takes its key, or undefined for a Basic or Bearer profile. */
export type ApiKeyAuth = Extract<Profile['auth'], { scheme: 'apiKey' }>;

/** The profile's apiKey settings, when it takes its key in a header or query parameter. */
export function apiKeyAuthOf(profile: Profile): ApiKeyAuth | undefined {
	return profile.auth.scheme === 'apiKey' ? profile.auth : undefined;
}

/**
 * Every issue with `key` sent `where` (a header or a query). Paste accidents (line breaks, spaces
 * at the ends, quotes, invisible characters) are errors in both; a character beyond ASCII is an
 * error in a header, which cannot carry it the same way in every client, and a warning in a query.
 */
export function validateApiKey(key: string, where: ApiKeyAuth['in']): AuthIssue[] {
	if (key === '') return [inputIssue('empty-key', 'key', 0, 0, 'is empty.')];
	const issues = scanValue(key, 'key', { strict: true });
	const nonAscii = findChars(
		key,
		(char, code) =>
			// DEL (0x7f) is ASCII, and a control character the scan reports already.
			code > 0x7f &&
			!isSmartQuote(char) &&
			!isInvisible(code) &&
			(code < 0x80 || code > 0x9f) &&
			(code < 0xd800 || code > 0xdfff),
	);
	if (nonAscii) {
		const severity = where === 'header' ? 'error' : 'warning';
		const detail =
			where === 'header'
				? 'which a header cannot carry the same way in every client'
				: 'which API keys do not contain';
		issues.push(
			inputIssue(
				'non-ascii-key',
				'key',
				nonAscii.position,
				nonAscii.char.length,
				`contains ${describeChar(nonAscii.char)}, ${detail}.`,
				severity,
			),
		);
	}
	return issues;
}

/** Where a key goes: a header or query parameter, and its name. */
export type KeyPlacement = Pick<ApiKeyAuth, 'in' | 'name'>;

/** The placement most APIs that take a key in a header use, for profiles that name none. */
export const defaultKeyPlacement: KeyPlacement = { in: 'header', name: 'X-API-Key' };

/** The profile's sample endpoint with the key added where `placement` says: its header last, or its query parameter last. */
export function apiKeyRequest(profile: Profile, placement: ApiKeyPlacement): ApiRequest {
	const { method, path, headers } = profile.sampleEndpoint;
	const url = profile.baseUrl + path;
	const value = partValue(placement.key);
	if (placement.in === 'header')
		return { method, url, headers: [...headers, [placement.name, value]], apiKey: placement };
	return {
		method,
		url: appendQueryParameter(url, placement.name, value),
		headers: [...headers],
		apiKey: placement,
	};
}
