/**
 * An Authorization header set in code: `{'Authorization': 'Bearer …'}` (Python, JavaScript),
 * `headers: { Authorization: \`Bearer ${key}\` }`, `req.Header.Set("Authorization", "Bearer "+key)`.
 * The string literal is read as the language would (escapes decoded, so `\n` is a real newline),
 * and what is computed at run time (interpolations, `+ key`) is kept as opaque, like a shell
 * variable: its value is unknown, but what is glued around it (`'Bearer' + key`) is not.
 */
import { report, type Collector } from '../findings/collector.ts';
import { headerRole } from '../http/header-names.ts';
import { LocatedBuilder, trimLocated, type Located } from '../findings/located.ts';

/** A header name in quotes (or a bare JS key) followed by `:`, `=` or `,` and an opening quote. */
const setting = /(["'`]?)([A-Za-z][A-Za-z0-9-]*)\1\s*[:=,]\s*(f?)(["'`])/g;
const escapes: Readonly<Record<string, string>> = {
	n: '\n',
	r: '\r',
	t: '\t',
	'0': '\u0000',
	'\\': '\\',
	"'": "'",
	'"': '"',
	'`': '`',
};

/** Whether `paste` sets an Authorization-like header in code. */
export function looksLikeCode(paste: string): boolean {
	return /authori[sz]ation["'`]?\s*[:=,]\s*f?["'`]/i.test(paste);
}

/** The Authorization values set in `paste`, located; wrong header names are reported on the way. */
export function codeHeaderValues(into: Collector, paste: string): Located[] {
	const values: Located[] = [];
	setting.lastIndex = 0;
	for (let match = setting.exec(paste); match !== null; match = setting.exec(paste)) {
		const name = match[2]!;
		const role = headerRole(name);
		if (role === 'other' || (role === 'api-key' && !into.profile)) continue;
		if (role !== 'authorization') {
			report(
				into,
				'wrong-header-name',
				{ position: match.index + match[1]!.length, length: name.length },
				`The code sets a header named "${name}", which ${into.profile?.name ?? 'the API'} does not read credentials from.`,
			);
		}
		const built = new LocatedBuilder();
		const end = readLiteral(paste, setting.lastIndex, match[4]!, match[3] === 'f', built);
		setting.lastIndex = readConcatenation(paste, end, built);
		values.push(built.build(setting.lastIndex));
	}
	return values;
}

/** Reads a string literal opened just before `start`; returns the offset after its closing quote. */
function readLiteral(
	paste: string,
	start: number,
	quote: string,
	fString: boolean,
	built: LocatedBuilder,
): number {
	let i = start;
	while (i < paste.length && paste[i] !== quote) {
		const char = paste[i]!;
		const interpolation =
			(quote === '`' && char === '$' && paste[i + 1] === '{') ||
			(fString && char === '{' && paste[i + 1] !== '{');
		if (interpolation) {
			const close = paste.indexOf('}', i);
			const stop = close === -1 ? paste.length : close + 1;
			for (let k = i; k < stop; k++) built.push(paste[k]!, k, true);
			i = stop;
		} else if (char === '\\' && i + 1 < paste.length) {
			built.push(escapes[paste[i + 1]!] ?? paste[i + 1]!, i);
			i += 2;
		} else {
			if (char === '\n' && quote !== '`') break;
			built.push(char, i);
			i++;
		}
	}
	return Math.min(paste.length, i + 1);
}

/** `+ expression` after a literal: the expression's text, kept as opaque. Returns where it ends. */
function readConcatenation(paste: string, start: number, built: LocatedBuilder): number {
	const plus = /^\s*\+\s*/.exec(paste.slice(start, start + 64));
	if (!plus) return start;
	let i = start + plus[0].length;
	let depth = 0;
	for (; i < paste.length; i++) {
		const char = paste[i]!;
		if (char === '(' || char === '[') depth++;
		else if ((char === ')' || char === ']') && depth > 0) depth--;
		else if (depth === 0 && /[,;)}\]\n]/.test(char)) break;
		built.push(char, i, true);
	}
	return i;
}

/** One value in code: a string literal (interpolations and `+ …` kept as opaque) or an expression (wholly opaque). */
export function readValue(
	paste: string,
	start: number,
): { readonly value: Located; readonly end: number } {
	let i = start;
	while (i < paste.length && /\s/.test(paste[i]!)) i++;
	const literal = /^([frbu]{0,2})(["'`])/i.exec(paste.slice(i, i + 3));
	const built = new LocatedBuilder();
	if (literal) {
		const end = readLiteral(
			paste,
			i + literal[0].length,
			literal[2]!,
			/f/i.test(literal[1]!),
			built,
		);
		const after = readConcatenation(paste, end, built);
		return { value: built.build(after, true), end: after };
	}
	let depth = 0;
	for (; i < paste.length; i++) {
		const char = paste[i]!;
		if (char === '(' || char === '[' || char === '{') depth++;
		else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--;
		else if (depth === 0 && /[,;)}\]\n]/.test(char)) break;
		built.push(char, i, true);
	}
	return { value: trimLocated(built.build(i, true)), end: i };
}

/** The `{ … }` block that opens at or after `start` (offsets of `{` and its matching `}`), quotes respected. */
export function block(
	paste: string,
	start: number,
	open = '{',
	close = '}',
): { readonly from: number; readonly to: number } | undefined {
	const from = paste.indexOf(open, start);
	if (from === -1) return undefined;
	let depth = 0;
	let quote = '';
	for (let i = from; i < paste.length; i++) {
		const char = paste[i]!;
		if (quote) {
			if (char === '\\') i++;
			else if (char === quote) quote = '';
		} else if (char === '"' || char === "'" || char === '`') quote = char;
		else if (char === open) depth++;
		else if (char === close && --depth === 0) return { from, to: i };
	}
	return { from, to: paste.length };
}

/** The `"name": value` pairs of an object or dict literal between `from` and `to`, values located. */
export function pairs(
	paste: string,
	from: number,
	to: number,
	separator = ':',
): { readonly name: Located; readonly value: Located }[] {
	const found: { name: Located; value: Located }[] = [];
	const key = new RegExp(
		`(["'\`]?)([A-Za-z0-9_][A-Za-z0-9_.-]*)\\1\\s*${separator === ':' ? ':' : '='}(?!=)`,
		'g',
	);
	key.lastIndex = from + 1;
	for (let match = key.exec(paste); match !== null && match.index < to; match = key.exec(paste)) {
		const previous = paste.slice(from + 1, match.index).trimEnd();
		if (
			previous !== '' &&
			!/[,;{\n]$/.test(previous) &&
			!/\n\s*$/.test(paste.slice(from + 1, match.index))
		)
			continue;
		const nameStart = match.index + match[1]!.length;
		const { value, end } = readValue(paste, key.lastIndex);
		found.push({ name: { text: match[2]!, base: nameStart }, value });
		key.lastIndex = Math.max(end, key.lastIndex);
	}
	return found;
}
