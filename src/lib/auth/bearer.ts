/**
 * Bearer tokens (RFC 6750 §2.1): `b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" /
 * "/" ) *"="`. Also which environment a key belongs to, from the profile's key prefixes.
 */
import type { Profile } from '../profiles/index.ts';
import { headerIssue, isScheme, parseAuthorization } from './authorization.ts';
import { describeChar } from './base64.ts';
import { isInvisible } from './mask.ts';
import {
	inputIssue,
	errorsOf,
	findChars,
	isSmartQuote,
	quoteField,
	scanSchemePrefix,
	scanValue,
	shiftIssues,
	type AuthField,
	type AuthIssue,
} from './validate.ts';

/** The b64token syntax of RFC 6750 §2.1. */
export const b64tokenPattern = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Whether `token` is a syntactically valid Bearer token. */
export function isB64token(token: string): boolean {
	return b64tokenPattern.test(token);
}

/** One entry of a Bearer profile's `auth.keyPrefixes`. */
export type KeyPrefix = Extract<Profile['auth'], { scheme: 'bearer' }>['keyPrefixes'][number];
/** Which environment a key acts on. */
export type KeyEnvironment = KeyPrefix['environment'];

/** The profile's key prefixes (none for a Basic profile). */
export function keyPrefixesOf(profile: Profile): readonly KeyPrefix[] {
	return profile.auth.scheme === 'bearer' ? profile.auth.keyPrefixes : [];
}

/** The longest of `prefixes` that `key` starts with, and so the key's environment. */
export function recognizeKeyPrefix(
	key: string,
	prefixes: readonly KeyPrefix[],
): KeyPrefix | undefined {
	const trimmed = key.trim();
	return prefixes
		.filter((entry) => trimmed.startsWith(entry.prefix))
		.sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/** `live` or `test` for a key with a known prefix of the profile, else undefined. */
export function keyEnvironment(key: string, profile: Profile): KeyEnvironment | undefined {
	return recognizeKeyPrefix(key, keyPrefixesOf(profile))?.environment;
}

/**
 * Every issue with `token` as a Bearer credential. Each refusal has a code and a position, and
 * there is at least one error exactly when `token` is not a b64token. Never throws.
 */
export function validateBearerToken(
	token: string,
	field: AuthField = 'token',
	prefixes: readonly KeyPrefix[] = [],
): AuthIssue[] {
	if (token === '') return [inputIssue('empty-key', field, 0, 0, 'is empty.')];
	const publicPrefix = recognizeKeyPrefix(token, prefixes)?.prefix ?? '';
	const issues = [...scanSchemePrefix(token, field), ...scanValue(token, field, { strict: true })];
	const nonAscii = findChars(
		token,
		(char, code) =>
			// DEL (0x7f) is ASCII: it is reported once, as the control character it is.
			code > 0x7f && !isSmartQuote(char) && !isInvisible(code) && (code < 0xd800 || code > 0xdfff),
	);
	if (nonAscii) {
		issues.push(
			inputIssue(
				'non-ascii-token',
				field,
				nonAscii.position,
				nonAscii.char.length,
				`contains ${describeChar(nonAscii.char)}, which is not ASCII; a Bearer token cannot carry it.`,
			),
		);
	}
	const body = token.replace(/=+$/, '');
	const invalid = findChars(
		body,
		(char, code) => code >= 0x20 && code < 0x7f && !/[A-Za-z0-9\-._~+/=]/.test(char),
	);
	if (invalid && errorsOf(issues).length === 0) {
		const others = invalid.count > 1 ? ` (and ${invalid.count - 1} more)` : '';
		issues.push(
			inputIssue(
				'invalid-token-character',
				field,
				invalid.position,
				1,
				`contains ${describeChar(invalid.char)}, which a Bearer token cannot hold${others}.`,
			),
		);
	}
	const pad = body.indexOf('=');
	if (pad !== -1)
		issues.push(
			inputIssue(
				'misplaced-token-padding',
				field,
				pad,
				1,
				'has "=" before its end; "=" may only end a token.',
			),
		);
	if (errorsOf(issues).length === 0 && !isB64token(token)) {
		// Reached only by a token of nothing but "=" (no character before the padding).
		issues.push(
			inputIssue('invalid-token-character', field, 0, token.length, 'is not a valid Bearer token.'),
		);
	}
	if (errorsOf(issues).length === 0 && prefixes.length > 0 && publicPrefix === '') {
		issues.push(
			inputIssue(
				'unknown-key-prefix',
				field,
				0,
				0,
				`(${quoteField(field, token)}) starts with none of ${prefixes.map((entry) => entry.prefix).join(', ')}.`,
				'warning',
			),
		);
	}
	return issues;
}

/** The token of a Bearer header, or the errors with positions in the header value. */
export type BearerParsed =
	| {
			readonly ok: true;
			readonly scheme: string;
			readonly token: string;
			readonly credentialsStart: number;
			readonly warnings: readonly AuthIssue[];
	  }
	| { readonly ok: false; readonly errors: readonly AuthIssue[] };

/** Parses `Bearer <b64token>` strictly; positions count in `value`. Never throws. */
export function parseBearerHeader(value: string): BearerParsed {
	const parsed = parseAuthorization(value);
	if (!parsed.ok) return parsed;
	const { scheme, credentials, credentialsStart } = parsed;
	if (!isScheme(scheme, 'Bearer')) {
		return {
			ok: false,
			errors: [
				headerIssue(
					'wrong-scheme',
					value.indexOf(scheme),
					scheme.length,
					`uses the scheme "${scheme}", not Bearer.`,
				),
			],
		};
	}
	const issues = validateBearerToken(credentials, 'header');
	const errors = shiftIssues(errorsOf(issues), credentialsStart);
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, scheme, token: credentials, credentialsStart, warnings: parsed.warnings };
}
