/**
 * Postman's bulk-edit view of headers: one `Name:value` per line, no space after the colon (that
 * is how Postman writes them, and servers accept it), `//` before a disabled line, and
 * `{{api_key}}` for a Postman variable, which Postman fills in before sending: not a placeholder.
 */
import type { Reader } from '../reading.ts';
import { LocatedBuilder, positionOf, type Located } from '../findings/located.ts';
import { parseHeaderBlock } from './header-block.ts';
import { checkHeaders } from './headers.ts';
import { headerRole } from './header-names.ts';

const commonHeaders =
	/^(?:content-type|accept|accept-language|accept-encoding|user-agent|cache-control|cookie|origin|referer|x-[a-z0-9-]+):/i;
const bulkLine = /^(?:\/\/)?[!#$%&'*+.^_`|~0-9A-Za-z-]+:(?! )/;

/** `value` with every `{{name}}` marked as filled in by Postman, like a shell expansion. */
function withVariables(value: Located): Located {
	const variables = [...value.text.matchAll(/\{\{[^{}]*\}\}/g)];
	if (variables.length === 0) return value;
	const built = new LocatedBuilder();
	for (let i = 0; i < value.text.length; i++) {
		const inside = variables.some((match) => i >= match.index && i < match.index + match[0].length);
		built.push(value.text[i]!, positionOf(value, i), inside);
	}
	return built.build(positionOf(value, value.text.length), true);
}

export const postmanBulkReader: Reader = {
	shape: 'postman-bulk',
	label: 'Postman bulk-edit headers',
	kind: 'header-line',
	recognises: (paste) => {
		const lines = paste
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line !== '');
		if (
			lines.length === 0 ||
			!lines.every((line) => bulkLine.test(line) || /^[A-Za-z-]+: /.test(line))
		)
			return false;
		// `user:pass` alone is a value: a block needs two lines, a header name we know, or a Postman variable.
		const known = lines.some(
			(line) =>
				headerRole(line.replace(/^\/\//, '').split(':')[0]!) !== 'other' ||
				commonHeaders.test(line.replace(/^\/\//, '')),
		);
		return (
			(lines.length > 1 || known || paste.includes('{{')) &&
			(lines.some((line) => bulkLine.test(line)) || paste.includes('{{'))
		);
	},
	read: (into, paste) => {
		const headers = parseHeaderBlock(paste).headers.map((header) => ({
			name: header.name,
			value: withVariables(header.value),
		}));
		return { corrected: checkHeaders(into, headers).corrected };
	},
};
