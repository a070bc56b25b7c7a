/**
 * What the shell does to a cURL command before curl runs: a `$`, backtick or `!` glued to the
 * literal characters of a key changes the key (bash expands them inside double quotes and
 * unquoted), while a credential that is wholly `"$API_KEY"` is the intended use. And `echo`
 * without `-n` inside `$(… | base64)` encodes a newline with the key.
 */
import { report, type Collector } from '../findings/collector.ts';
import type { CurlArguments } from './curl-args.ts';
import { headerRole } from '../http/header-names.ts';
import type { LocatedHeader } from '../http/headers.ts';
import {
	isAllExpansion,
	positionOf,
	slice,
	trimLocated,
	type Located,
} from '../findings/located.ts';
import type { ShellParse } from './shell-words.ts';

const echoToBase64 = /\becho\b(?![^|]*\s-[a-zA-Z]*n\b)[^|]*\|\s*base64\b/;

/** The credential parts of the command: header credentials after the scheme, and both halves of `-u`. */
function credentialParts(headers: readonly LocatedHeader[], args: CurlArguments): Located[] {
	const parts: Located[] = [];
	for (const header of headers) {
		if (headerRole(header.name.text) === 'other') continue;
		const value = trimLocated(header.value);
		const scheme = value.text.match(/^(?:bearer|basic)[ ]+/i);
		parts.push(scheme ? trimLocated(slice(value, scheme[0].length)) : value);
	}
	for (const user of args.users) {
		const colon = user.text
			.split('')
			.findIndex((char, index) => char === ':' && !user.expanded?.[index]);
		if (colon === -1) parts.push(user);
		else parts.push(slice(user, 0, colon), slice(user, colon + 1));
	}
	parts.push(...args.bearers);
	return parts;
}

/** Reports `shell-expansion` and the `echo | base64` newline. */
export function checkCurlExpansions(
	into: Collector,
	parsed: ShellParse,
	headers: readonly LocatedHeader[],
	args: CurlArguments,
): void {
	for (const expansion of parsed.expansions) {
		if (expansion.kind === 'history') {
			report(
				into,
				'shell-expansion',
				{ position: expansion.position, length: 1 },
				'An interactive shell replaces "!" followed by text with an earlier command (history expansion), even inside double quotes.',
			);
		}
		if (expansion.kind === 'command' && echoToBase64.test(expansion.source)) {
			report(
				into,
				'trailing-newline',
				{ position: expansion.position, length: expansion.source.length },
				'"echo" without -n inside the command substitution adds a newline, and base64 encodes it with the key.',
				{
					fix: "Use printf '%s' instead of echo, so no newline is added: $(printf '%s' \":$API_KEY\" | base64).",
				},
			);
		}
	}
	for (const part of credentialParts(headers, args)) {
		if (!part.expanded || isAllExpansion(part)) continue;
		const first = part.expanded.indexOf(true);
		if (first === -1) continue;
		const position = positionOf(part, first);
		const expansion = parsed.expansions.find((candidate) => candidate.position === position);
		const what =
			expansion?.kind === 'command'
				? 'runs a command in the middle of the key'
				: 'replaces "$" and the name after it with the value of a variable (usually empty)';
		report(
			into,
			'shell-expansion',
			{ position, length: expansion?.source.length ?? 1 },
			`The key is not in single quotes, so the shell ${what}: curl receives a different key.`,
		);
	}
}
