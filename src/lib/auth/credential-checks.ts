/**
 * The value checks the builders and the header doctor share, so a key the doctor flags is
 * flagged the same way where it is typed: a placeholder instead of a key (refused), a live key
 * where the API has test keys, an expired JWT, decomposed Unicode (NFD), and a header line longer
 * than most servers accept. The doctor reports the same codes as findings.
 */
import type { KeyPrefix } from './bearer.ts';
import { recognizeKeyPrefix } from './bearer.ts';
import { utf8Bytes } from './base64.ts';
import { isExpiredJwt } from './jwt-expiry.ts';
import { placeholderReason } from './placeholder.ts';
import { inputIssue, type AuthField, type AuthIssue } from './issue.ts';

/** 8 KB: nginx and Apache refuse a longer header line with 431 (RFC 6585 §5); Node allows 16 KB in all. */
export const headerSizeLimit = 8192;

/** The bytes of the header line `name: value` as sent (UTF-8, without the line break). */
export function headerLineBytes(name: string, value: string): number {
	return utf8Bytes(`${name}: ${value}`).length;
}

/** Whether `text` holds decomposed characters (NFD), which look the same but encode differently. */
export function isDecomposed(text: string): boolean {
	return text.normalize('NFC') !== text;
}

export interface CredentialCheckOptions {
	/** The API's key prefixes: a live key is flagged only where the API also has test keys. */
	readonly prefixes?: readonly KeyPrefix[];
	/** The clock (ms since the epoch) for JWT expiry; without it expiry is not judged. */
	readonly now?: number | undefined;
	/** One half of a filled user:password pair: a plain word ("password") may be the real value. */
	readonly pair?: boolean;
}

/** The shared issues of one credential field: `placeholder-not-replaced` is an error, the rest warnings. */
export function credentialIssues(
	value: string,
	field: AuthField,
	options: CredentialCheckOptions = {},
): AuthIssue[] {
	const issues: AuthIssue[] = [];
	// The doctor's reason quotes the text; a builder's message never quotes a typed value whole.
	if (placeholderReason(value, { pair: options.pair ?? false }))
		issues.push(
			inputIssue(
				'placeholder-not-replaced',
				field,
				0,
				value.length,
				'is a placeholder (a name, a template variable or what a program prints for a missing value), not a key.',
			),
		);
	const prefixes = options.prefixes ?? [];
	const found = recognizeKeyPrefix(value, prefixes);
	if (found?.environment === 'live' && prefixes.some((entry) => entry.environment === 'test'))
		issues.push(
			inputIssue(
				'live-key',
				field,
				0,
				found.prefix.length,
				`starts with ${found.prefix}, a live key: requests act on real data. This API has test keys for trying things out.`,
				'warning',
			),
		);
	if (options.now !== undefined && isExpiredJwt(value.trim(), options.now))
		issues.push(
			inputIssue(
				'expired-jwt',
				field,
				0,
				0,
				'is a JWT whose exp claim has passed: the server will refuse it. (The signature was not checked.)',
				'warning',
			),
		);
	if (isDecomposed(value))
		issues.push(
			inputIssue(
				'decomposed-unicode',
				field,
				0,
				0,
				'holds decomposed characters (NFD). The header is built from the composed form (NFC); put the NFC form in the environment variable too.',
				'warning',
			),
		);
	return issues;
}

/** A warning when the header line `name: value` is longer than 8 KB. */
export function headerSizeIssues(name: string, value: string): AuthIssue[] {
	const size = headerLineBytes(name, value);
	if (size <= headerSizeLimit) return [];
	return [
		inputIssue(
			'header-too-large',
			'header',
			0,
			0,
			`(${name}) is ${size.toLocaleString('en')} bytes long, more than the 8 KB most servers accept: they answer 431.`,
			'warning',
		),
	];
}
