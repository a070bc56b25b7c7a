/**
 * Pasted header lines: one `Authorization: …` line, or a block copied from a browser's network
 * panel or a raw request (optional request line, headers, blank line, body). Values keep their
 * paste offsets; a lone header keeps everything after its colon, trailing newline included,
 * because that newline may be in the value the program sends.
 */
import { headerRole } from './header-names.ts';
import type { LocatedHeader } from './headers.ts';
import { locate, slice, type Located } from '../findings/located.ts';

export interface HeaderBlock {
	readonly requestTarget?: Located;
	readonly headers: readonly LocatedHeader[];
	readonly body?: Located;
}

interface Line {
	readonly start: number;
	/** End of the line's content, before its line break. */
	readonly end: number;
	readonly text: string;
}

/** `name:` at the start of a line; invisible characters before the name are kept (and reported). */
export const fieldLine = /^([\uFEFF\u200B-\u200D\u2060]*[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*):/;
const requestLine = /^[A-Z]+ (\S+) HTTP\/\d(?:\.\d)?$/;
/** A line that continues a credentials value: only token or Base64 characters, no colon. */
const tokenOnly = /^[A-Za-z0-9+/=_.~-]+$/;

function lines(text: string): Line[] {
	const found: Line[] = [];
	let start = 0;
	while (start <= text.length) {
		const newline = text.indexOf('\n', start);
		const next = newline === -1 ? text.length : newline;
		const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
		found.push({ start, end, text: text.slice(start, end) });
		if (newline === -1) break;
		start = newline + 1;
	}
	return found;
}

/** Splits a pasted block into request target, headers and body. */
export function parseHeaderBlock(paste: string): HeaderBlock {
	const source = locate(paste);
	const all = lines(paste);
	let index = all.findIndex((line) => line.text.trim() !== '');
	if (index === -1) return { headers: [] };
	let requestTarget: Located | undefined;
	const target = all[index]!.text.match(requestLine);
	if (target) {
		const offset = all[index]!.start + all[index]!.text.indexOf(target[1]!);
		requestTarget = slice(source, offset, offset + target[1]!.length);
		index++;
	}
	const spans: { name: [number, number]; value: [number, number]; credentials: boolean }[] = [];
	for (; index < all.length; index++) {
		const line = all[index]!;
		if (line.text.trim() === '') break;
		const previous = spans.at(-1);
		const folded =
			/^[ \t]/.test(line.text) || (previous?.credentials === true && tokenOnly.test(line.text));
		if (previous && folded) {
			previous.value[1] = line.end;
			continue;
		}
		const indent = line.text.match(/^[ \t]*/)![0].length;
		const field = line.text.slice(indent).match(fieldLine);
		if (!field) continue;
		const nameStart = line.start + indent;
		spans.push({
			name: [nameStart, nameStart + field[1]!.length],
			value: [nameStart + field[0].length, line.end],
			credentials: headerRole(field[1]!) !== 'other',
		});
	}
	const lone = spans.length === 1 && !requestTarget ? spans[0] : undefined;
	if (lone && paste.slice(lone.value[1]).trim() === '') lone.value[1] = paste.length;
	const headers = spans.map((span) => ({
		name: slice(source, ...span.name),
		value: slice(source, ...span.value),
	}));
	const bodyStart = all[index + 1]?.start ?? paste.length;
	const body = slice(source, bodyStart).text.trim() === '' ? undefined : slice(source, bodyStart);
	return { headers, ...(requestTarget ? { requestTarget } : {}), ...(body ? { body } : {}) };
}
