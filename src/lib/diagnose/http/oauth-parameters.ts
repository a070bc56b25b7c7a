/**
 * OAuth parameters found in a query or a form body. A PKCE code verifier is 43 to 128 characters
 * of `ALPHA / DIGIT / "-" / "." / "_" / "~"` (RFC 7636 §4.1); with the `plain` method (the
 * default when none is sent, §4.3) the challenge is the verifier and obeys the same rule.
 */
import { validateCodeVerifier } from '../../auth/pkce.ts';
import { report, type Collector } from '../findings/collector.ts';
import { slice, spanOf, type Located } from '../findings/located.ts';

/** One `name=value` of a query or form body; its located parts are cut only when a check asks. */
export class Parameter {
	/** The decoded, lower-cased name. */
	readonly name: string;
	readonly #source: Located;
	readonly #start: number;
	readonly #valueStart: number;
	readonly #end: number;

	constructor(name: string, source: Located, start: number, valueStart: number, end: number) {
		this.name = name;
		this.#source = source;
		this.#start = start;
		this.#valueStart = valueStart;
		this.#end = end;
	}

	/** The raw (still percent-encoded) value. */
	get valueText(): string {
		return this.#source.text.slice(this.#valueStart, this.#end);
	}

	/** `name=value` as written. */
	get wholeText(): string {
		return this.#source.text.slice(this.#start, this.#end);
	}

	get value(): Located {
		return slice(this.#source, this.#valueStart, this.#end);
	}

	get whole(): Located {
		return slice(this.#source, this.#start, this.#end);
	}
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
	const plainMethod = !method || decoded(method.valueText) === 'plain';
	for (const parameter of all) {
		if (parameter.name === 'code_verifier' || (parameter.name === 'code_challenge' && plainMethod))
			checkPkceParameter(into, parameter);
	}
}

function checkPkceParameter(into: Collector, parameter: Parameter): void {
	const plain = parameter.name === 'code_challenge';
	const raw = parameter.valueText;
	const verifier = decoded(raw);
	const [problem] = validateCodeVerifier(verifier);
	if (!problem) return;
	// The core's position counts in the decoded verifier; it is exact in the paste when nothing was percent-encoded.
	const exact = verifier === raw && problem.length > 0;
	const span = exact
		? spanOf(parameter.value, problem.position, problem.position + problem.length)
		: spanOf(parameter.value, 0, raw.length);
	const lead = plain ? 'With the plain method the code_challenge is the verifier itself. ' : '';
	report(into, 'invalid-pkce-verifier', span, `${lead}${problem.message}`);
}
