/**
 * Checks on decoded Basic credentials, `user-id:password` (RFC 7617 §2): the same checks serve a
 * decoded `Basic` value, plain text pasted after `Basic `, and `curl -u user:password`. Returns
 * the repaired `user-id:password` when every repair is certain.
 */
import { basicAuthOf, basicFormProblem, credentialsForKey, keyHalf } from './basic-form.ts';
import { checkCharacters, checkTrailingNewline, type SpanFor } from './characters.ts';
import { has, knownPrefixes, report, type Collector } from '../findings/collector.ts';
import { checkKeyEnvironment } from './key-environment.ts';
import type { Located } from '../findings/located.ts';
import { maskKey } from './key-mask.ts';
import { isDecomposed } from '../../auth/credential-checks.ts';
import { placeholderReason } from '../../auth/placeholder.ts';

export interface CredentialsSource {
	/** How the credentials reached us, for messages: "decoded credentials", "the -u value". */
	readonly what: string;
	/** Maps a range of the credentials text to the paste. */
	readonly spanFor: SpanFor;
	/** The bytes were not UTF-8 and were read as Latin-1. */
	readonly latin1?: boolean;
	/** The value came from `curl -u`, where a missing colon makes curl prompt for a password. */
	readonly curlUser?: boolean;
}

/** Checks `user-id:password`; returns the repaired text, or undefined when no certain repair exists. */
export function checkCredentials(
	into: Collector,
	raw: Located,
	source: CredentialsSource,
): string | undefined {
	const { what, spanFor } = source;
	const cleaned = checkCharacters(
		into,
		checkTrailingNewline(into, raw, `the ${what}`, spanFor),
		`the ${what}`,
		spanFor,
	).text;
	const whole = spanFor(0, raw.text.length);
	if (cleaned === '' || cleaned === ':') {
		report(
			into,
			'empty-credentials',
			whole,
			cleaned === ''
				? `The ${what} are empty.`
				: `The ${what} are a lone colon: both the username and the password are empty.`,
		);
		return undefined;
	}
	if (checkPlaceholders(into, cleaned, source)) return undefined;
	if (isDecomposed(cleaned)) {
		report(
			into,
			'decomposed-unicode',
			whole,
			`The ${what} hold letters written as a base letter and a combining mark (NFD). RFC 7617 asks for NFC before encoding; the corrected header is built from the NFC form, and a server that stored the NFC form refuses the NFD bytes.`,
		);
	}
	const auth = basicAuthOf(into.profile);
	const colon = cleaned.indexOf(':');
	if (colon === -1) {
		const corrected = auth ? credentialsForKey(auth, cleaned) : undefined;
		const message = source.curlUser
			? `The -u value ${maskKey(cleaned)} has no colon, so curl stops to ask for a password instead of sending the key.`
			: `The ${what} (${maskKey(cleaned)}) contain no colon, so the server cannot tell the username from the password.`;
		report(into, 'missing-colon', whole, message);
		return corrected;
	}
	const user = cleaned.slice(0, colon);
	const password = cleaned.slice(colon + 1);
	let repaired = trimHalves(into, user, password, source);
	checkColonInUsername(into, cleaned, source);
	if (auth && !has(into, 'colon-in-username')) {
		const problem = basicFormProblem(auth, ...splitOnce(repaired));
		if (problem) {
			report(into, 'wrong-basic-form', whole, problem.message);
			repaired = problem.corrected ?? repaired;
		}
	}
	if (source.latin1) {
		report(
			into,
			'latin1-credentials',
			whole,
			`The ${what} are not valid UTF-8; read as Latin-1 they contain characters beyond ASCII, which a UTF-8 server reads differently.`,
		);
	}
	const [finalUser, finalPassword] = splitOnce(repaired);
	checkKeyEnvironment(into, keyHalf(auth, finalUser, finalPassword), whole);
	return repaired;
}

/** Reports a placeholder in either half or in the whole; true when one was found. */
function checkPlaceholders(into: Collector, text: string, source: CredentialsSource): boolean {
	const colon = text.indexOf(':');
	const halves = colon === -1 ? [text] : [text.slice(0, colon), text.slice(colon + 1)];
	// A username with a password is a real pair even when the password is a word like "password" or "secret".
	const pair = colon > 0 && colon < text.length - 1;
	const reason =
		placeholderReason(text) ??
		halves.map((half) => placeholderReason(half, { pair })).find(Boolean);
	if (!reason) return false;
	report(
		into,
		'placeholder-not-replaced',
		source.spanFor(0, text.length),
		`The ${source.what} are ${reason}.`,
	);
	return true;
}

/** Reports spaces around either half (they become part of the key once encoded) and trims them. */
function trimHalves(
	into: Collector,
	user: string,
	password: string,
	source: CredentialsSource,
): string {
	const trimmedUser = user.trim();
	const trimmedPassword = password.trim();
	if (trimmedUser === user && trimmedPassword === password) return `${user}:${password}`;
	const half = trimmedPassword === password ? 'username' : 'password';
	report(
		into,
		'surrounding-whitespace',
		source.spanFor(0, user.length + password.length + 1),
		`The ${half} in the ${source.what} starts or ends with whitespace, which the server takes as part of it.`,
	);
	return `${trimmedUser}:${trimmedPassword}`;
}

/** A key sent as the username cannot hold a colon: the server splits at the first one. */
function checkColonInUsername(into: Collector, text: string, source: CredentialsSource): void {
	const colons = text.split(':').length - 1;
	if (colons < 2) return;
	const keyAsUsername = basicAuthOf(into.profile)?.username === 'key-as-username';
	if (!keyAsUsername && !text.endsWith(':')) return;
	const shown = maskKey(text.slice(0, -1), knownPrefixes(into));
	report(
		into,
		'colon-in-username',
		source.spanFor(0, text.length),
		`The ${source.what} (${shown}:) look like a key sent as the username, but the key contains a colon: the server reads the username only up to the first colon and takes the rest as the password.`,
	);
}

/** `[user, password]` split at the first colon. */
function splitOnce(text: string): [string, string] {
	const colon = text.indexOf(':');
	return colon === -1 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
}
