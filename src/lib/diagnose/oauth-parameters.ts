/**
 * OAuth parameters found in a query or a form body. A PKCE code verifier is 43 to 128 characters
 * of `ALPHA / DIGIT / "-" / "." / "_" / "~"` (RFC 7636 §4.1); with the `plain` method (the
 * default when none is sent, §4.3) the challenge is the verifier and obeys the same rule.
 */
import { describeChar } from '../auth/base64.ts';
import { report, type Collector } from './collector.ts';
import { spanOf, type Located } from './located.ts';

export interface Parameter {
	/** The decoded, lower-cased name. */
	readonly name: string;
	/** The raw (still percent-encoded) value. */
	readonly value: Located;
	/** `name=value` as written. */
	readonly whole: Located;
}

const unreserved = /^[A-Za-z0-9\-._~]$/;

/** Why `verifier` breaks RFC 7636 §4.1, or undefined when it is valid. */
export function pkceVerifierProblem(verifier: string): string | undefined {
	const length = [...verifier].length;
	if (length < 43) return `it has ${length} characters, fewer than the 43 required`;
	if (length > 128) return `it has ${length} characters, more than the 128 allowed`;
	const chars = [...verifier];
	const bad = chars.findIndex((char) => !unreserved.test(char));
	return bad === -1 ? undefined : `character ${bad + 1} is ${describeChar(chars[bad]!)}; only letters, digits and - . _ ~ are allowed`;
}

function decoded(value: string): string {
	try {
		return decodeURIComponent(value.replace(/\+/g, ' '));
	} catch {
		return value;
	}
}

/** Reports `invalid-pkce-verifier` for a bad `code_verifier`, or a bad `plain` `code_challenge`, among `all`. */
export function checkPkceParameters(into: Collector, all: readonly Parameter[]): void {
	const method = all.find((other) => other.name === 'code_challenge_method');
	const plainMethod = !method || decoded(method.value.text) === 'plain';
	for (const parameter of all) {
		if (parameter.name === 'code_verifier' || (parameter.name === 'code_challenge' && plainMethod)) checkPkceParameter(into, parameter);
	}
}

function checkPkceParameter(into: Collector, parameter: Parameter): void {
	const plain = parameter.name === 'code_challenge';
	const problem = pkceVerifierProblem(decoded(parameter.value.text));
	if (!problem) return;
	const what = plain ? 'The plain code_challenge (which is the verifier itself)' : 'The code_verifier';
	report(into, 'invalid-pkce-verifier', spanOf(parameter.value, 0, parameter.value.text.length), `${what} is invalid: ${problem}.`);
}
