/**
 * Validation of the OAuth 2.0 values a person types: the redirect URI (RFC 6749 §3.1.2, with
 * the loopback exception of RFC 8252 §7.3 and §8.3; user info before "@" is named for what it
 * is, RFC 3986 §3.2.1, since `https://trusted.example@evil.example/` goes to evil.example) and the
 * scope list (RFC 6749 §3.3: one space between names; extra spaces are dropped with a warning,
 * and a comma, which a scope name may hold, gets a note that the separator is a space).
 */
import type { OAuthIssueCode } from './issue-codes.ts';
import {
	errorsOf,
	makeIssue,
	scanValue,
	type AuthField,
	type AuthIssue,
	type Severity,
} from './validate.ts';

/** An issue with an OAuth code (see `makeIssue`). */
export function oauthIssue(
	code: OAuthIssueCode,
	field: AuthField,
	position: number,
	length: number,
	detail: string,
	severity: Severity = 'error',
): AuthIssue {
	return makeIssue(code, field, position, length, detail, severity);
}

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Issues with a redirect URI: it must be absolute (§3.1.2), have no fragment (§3.1.2), and use
 * https, except http on a loopback address, where a native app listens (RFC 8252 §7.3).
 */
export function validateRedirectUri(uri: string): AuthIssue[] {
	const issues = scanValue(uri, 'redirect-uri', { strict: true });
	if (uri === '') return [oauthIssue('empty-value', 'redirect-uri', 0, 0, 'is empty.')];
	if (errorsOf(issues).length > 0) return issues;
	const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(uri);
	const url = scheme ? URL.parse(uri) : null;
	if (!url)
		return [
			oauthIssue(
				'redirect-uri-relative',
				'redirect-uri',
				0,
				uri.length,
				'is not an absolute URI (such as https://app.example.com/callback).',
			),
		];
	if (url.username !== '' || url.password !== '') {
		const start = uri.indexOf('//') + 2;
		const at = uri.indexOf('@', start);
		const userinfo = uri.slice(start, at);
		issues.push(
			oauthIssue(
				'redirect-uri-userinfo',
				'redirect-uri',
				start,
				at + 1 - start,
				`sends the browser to ${url.hostname}: "${userinfo}@" before it is a user name, not the host.`,
				'warning',
			),
		);
	}
	const hash = uri.indexOf('#');
	if (hash !== -1)
		issues.push(
			oauthIssue(
				'redirect-uri-fragment',
				'redirect-uri',
				hash,
				uri.length - hash,
				'has a fragment ("#…").',
			),
		);
	const loopbackHttp = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
	if (url.protocol !== 'https:' && !loopbackHttp) {
		issues.push(
			oauthIssue(
				'redirect-uri-insecure',
				'redirect-uri',
				0,
				scheme![0].length,
				`uses ${url.protocol.slice(0, -1)} on a host that is not a loopback address.`,
			),
		);
	}
	return issues;
}

/** `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )` (RFC 6749 §3.3). */
export const scopeTokenPattern = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

/**
 * Issues with a list of scope tokens; positions count in the space-joined `scope` value that is
 * sent. `known` (the profile's scopes), when given, turns unknown names into warnings.
 */
export function validateScopes(scopes: readonly string[], known?: readonly string[]): AuthIssue[] {
	const issues: AuthIssue[] = [];
	const seen = new Set<string>();
	let offset = 0;
	for (const scope of scopes) {
		const bad = /[^\x21\x23-\x5b\x5d-\x7e]/.exec(scope);
		if (scope === '')
			issues.push(oauthIssue('invalid-scope', 'scope', offset, 0, 'has an empty name.'));
		else if (bad)
			issues.push(
				oauthIssue(
					'invalid-scope',
					'scope',
					offset + bad.index,
					1,
					`"${scope}" contains a character a scope name cannot hold.`,
				),
			);
		else if (seen.has(scope))
			issues.push(
				oauthIssue(
					'duplicate-scope',
					'scope',
					offset,
					scope.length,
					`"${scope}" is listed twice.`,
					'warning',
				),
			);
		else if (known && !known.includes(scope))
			issues.push(
				oauthIssue(
					'unknown-scope',
					'scope',
					offset,
					scope.length,
					`"${scope}" is not one this API defines.`,
					'warning',
				),
			);
		seen.add(scope);
		offset += scope.length + 1;
	}
	return issues;
}

/**
 * The scope tokens in a space-delimited `scope` value, and issues for how it is written (§3.3).
 * Leading, trailing and doubled spaces are dropped (the scopes are the normalised list) with a
 * warning; positions of the other issues count in the normalised value that is sent.
 */
export function parseScope(
	value: string,
	known?: readonly string[],
): { readonly scopes: string[]; readonly issues: AuthIssue[] } {
	const issues: AuthIssue[] = [];
	const spacing = value.search(/^ | $| {2}/);
	const scopes = value.split(' ').filter((token) => token !== '');
	if (spacing !== -1)
		issues.push(
			oauthIssue(
				'scope-spacing',
				'scope',
				spacing,
				1,
				`has extra spaces; they are dropped, so the scope sent is "${scopes.join(' ')}".`,
				'warning',
			),
		);
	const comma = scopes.find((token) => token.includes(','));
	if (comma !== undefined) {
		const names = comma.split(',').filter((name) => name !== '');
		issues.push(
			oauthIssue(
				'scope-comma',
				'scope',
				value.indexOf(comma) + comma.indexOf(','),
				1,
				`"${comma}" is one scope name with a comma in it: the separator is a space ("${names.join(' ')}").`,
				'warning',
			),
		);
	}
	return { scopes, issues: [...issues, ...validateScopes(scopes, known)] };
}
