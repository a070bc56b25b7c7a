/**
 * HTTP Basic (RFC 7617): `user-id ":" password`, NFC-normalised, as UTF-8 bytes (§2.1 charset
 * "UTF-8"), in standard Base64. API keys ride in it four ways, one variant each.
 */
import { describeChar, encodeBase64, utf8Bytes } from './base64.ts';
import type { BasicUsernameRule } from '../profiles/index.ts';
import {
	inputIssue,
	errorsOf,
	findChars,
	scanSchemePrefix,
	scanValue,
	warningsOf,
	type AuthIssue,
} from './validate.ts';

/**
 * - `user-password`: a real username and password.
 * - `empty-username`: `:KEY`, the key is the password and the username is empty (lemlist).
 * - `any-username`: `anything:KEY`, the server ignores the username (LeadConduit).
 * - `key-as-username`: `KEY:`, the key is the user-id and the password is empty.
 */
export const basicVariants = [
	'user-password',
	'empty-username',
	'any-username',
	'key-as-username',
] as const;
export type BasicVariant = (typeof basicVariants)[number];

/** What a person types for each variant. */
export type BasicCredentials =
	| { readonly variant: 'user-password'; readonly username: string; readonly password: string }
	| { readonly variant: 'empty-username'; readonly key: string }
	| { readonly variant: 'any-username'; readonly username: string; readonly key: string }
	| { readonly variant: 'key-as-username'; readonly key: string };

/** The Basic variant a profile's `auth.username` rule calls for. */
export function basicVariantFor(rule: BasicUsernameRule): BasicVariant {
	const variants = {
		required: 'user-password',
		empty: 'empty-username',
		ignored: 'any-username',
		'key-as-username': 'key-as-username',
	} as const;
	return variants[rule];
}

/** Every intermediate step, so a view can show how the header value is made. */
export interface BasicSteps {
	/** The user-id and password after NFC normalisation (RFC 7617 §2.1). */
	readonly userId: string;
	readonly password: string;
	/** `userId + ":" + password`. */
	readonly userPass: string;
	/** The UTF-8 bytes of `userPass`. */
	readonly utf8Bytes: Uint8Array;
	/** Standard Base64 of those bytes (RFC 4648 §4). */
	readonly base64: string;
	/** `Basic <base64>`: the `Authorization` header value. */
	readonly headerValue: string;
}

/** Steps with warnings, or the errors that stop encoding (warnings included). */
export type BasicResult =
	| { readonly ok: true; readonly steps: BasicSteps; readonly warnings: readonly AuthIssue[] }
	| {
			readonly ok: false;
			readonly errors: readonly AuthIssue[];
			readonly warnings: readonly AuthIssue[];
	  };

/** The user-id and password a variant sends, before normalisation. */
export function basicPair(credentials: BasicCredentials): {
	readonly userId: string;
	readonly password: string;
} {
	switch (credentials.variant) {
		case 'user-password':
			return { userId: credentials.username, password: credentials.password };
		case 'empty-username':
			return { userId: '', password: credentials.key };
		case 'any-username':
			return { userId: credentials.username, password: credentials.key };
		case 'key-as-username':
			return { userId: credentials.key, password: '' };
	}
}

function keyIssues(key: string): AuthIssue[] {
	if (key === '') return [inputIssue('empty-key', 'key', 0, 0, 'is empty.')];
	const issues = [...scanSchemePrefix(key, 'key'), ...scanValue(key, 'key', { strict: true })];
	const nonAscii = findChars(key, (_char, code) => code > 0x7e);
	if (nonAscii && errorsOf(issues).length === 0) {
		issues.push(
			inputIssue(
				'non-ascii-key',
				'key',
				nonAscii.position,
				nonAscii.char.length,
				`contains ${describeChar(nonAscii.char)}, which is not ASCII.`,
				'warning',
			),
		);
	}
	return issues;
}

function usernameIssues(username: string): AuthIssue[] {
	const issues = scanValue(username, 'username', { strict: false });
	const colon = username.indexOf(':');
	if (colon !== -1)
		issues.push(
			inputIssue(
				'colon-in-username',
				'username',
				colon,
				1,
				`contains a colon: the server would split it there.`,
			),
		);
	return issues;
}

/** Every issue in the credentials: errors (RFC 7617 §2 CTL, colon in user-id, nothing to send) and warnings. */
export function validateBasic(credentials: BasicCredentials): AuthIssue[] {
	switch (credentials.variant) {
		case 'user-password': {
			const issues = [
				...usernameIssues(credentials.username),
				...scanValue(credentials.password, 'password', { strict: false }),
			];
			if (credentials.username === '' && credentials.password === '')
				issues.push(
					inputIssue(
						'empty-credentials',
						'password',
						0,
						0,
						'and the username are both empty, which sends only ":" (Basic Og==).',
					),
				);
			return issues;
		}
		case 'empty-username':
			return keyIssues(credentials.key);
		case 'any-username':
			return [...usernameIssues(credentials.username), ...keyIssues(credentials.key)];
		case 'key-as-username': {
			const issues = keyIssues(credentials.key);
			const colon = credentials.key.indexOf(':');
			if (colon !== -1)
				issues.push(
					inputIssue(
						'colon-in-username',
						'key',
						colon,
						1,
						`contains a colon; as the user-id it would be cut there.`,
					),
				);
			return issues;
		}
	}
}

/** The steps for a user-id and password taken as they are (no validation). */
export function basicSteps(userId: string, password: string): BasicSteps {
	const nfcUser = userId.normalize('NFC');
	const nfcPassword = password.normalize('NFC');
	return { userId: nfcUser, password: nfcPassword, ...encodeUserPass(`${nfcUser}:${nfcPassword}`) };
}

/**
 * Steps 2 to 4 of RFC 7617 §2 for a user-pass already joined: its UTF-8 bytes, their Base64 and
 * the header value. The one place a Basic header value is written.
 */
export function encodeUserPass(
	userPass: string,
): Pick<BasicSteps, 'userPass' | 'utf8Bytes' | 'base64' | 'headerValue'> {
	const bytes = utf8Bytes(userPass);
	const base64 = encodeBase64(bytes);
	return { userPass, utf8Bytes: bytes, base64, headerValue: `Basic ${base64}` };
}

/** Validates, then encodes the credentials into a `Basic` header value (RFC 7617 §2). */
export function encodeBasic(credentials: BasicCredentials): BasicResult {
	const issues = validateBasic(credentials);
	const errors = errorsOf(issues);
	const warnings = warningsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings };
	const { userId, password } = basicPair(credentials);
	return { ok: true, steps: basicSteps(userId, password), warnings };
}
