/**
 * Header lines: one `Authorization: …` line, or a block copied from a browser's network panel.
 * A line counts when its name is one we know, or when it is written `Name: value` with the space
 * people type; `user:pass` alone is a value, read by the header-value reader.
 */
import type { Reader } from '../reading.ts';
import { fieldLine, parseHeaderBlock } from './header-block.ts';
import { headerRole } from './header-names.ts';
import { checkHeaders } from './headers.ts';
import { looksLikeCode } from '../code/code.ts';
import { checkPkceParameters } from './oauth-parameters.ts';
import { parameters } from './url.ts';

/** Whether the first line of `paste` is a header line. */
export function startsWithHeaderLine(paste: string): boolean {
	const firstLine = paste.slice(0, paste.search(/\r?\n|$/));
	const field = firstLine.match(fieldLine);
	if (field === null) return false;
	// `headers: { 'Authorization': … }` is code that sets a header, not a header named "headers".
	return (
		headerRole(field[1]!) !== 'other' ||
		(/^[ \t]/.test(firstLine.slice(field[0].length)) && !looksLikeCode(paste))
	);
}

export const headerLinesReader: Reader = {
	shape: 'header-lines',
	label: 'HTTP header lines',
	kind: 'header-line',
	recognises: startsWithHeaderLine,
	read: (into, paste) => {
		const block = parseHeaderBlock(paste);
		const outcome = checkHeaders(into, block.headers);
		if (block.body) checkPkceParameters(into, parameters(block.body));
		return { corrected: outcome.corrected };
	},
};
