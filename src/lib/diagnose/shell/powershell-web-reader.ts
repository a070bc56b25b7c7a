/**
 * PowerShell's own web cmdlets, `Invoke-RestMethod` and `Invoke-WebRequest` (and their aliases
 * `irm`, `iwr`), as people write them and as Chrome's "Copy as PowerShell" does: `-Uri`,
 * `-Method`, `-Headers @{ Name = "value"; … }` (inline or through a `$headers = @{…}` variable),
 * `-ContentType` and `-Body`. Values are read by the PowerShell tokeniser, so `"Bearer
 * $env:API_KEY"` is a variable, as PowerShell sees it.
 */
import type { Reader } from '../reading.ts';
import { locate, type Located } from '../findings/located.ts';
import type { LocatedHeader } from '../http/headers.ts';
import { checkReadCredentials, pastedRequest } from '../http/read-request.ts';
import { block } from '../code/code.ts';
import { powershellWords } from './powershell-words.ts';

const command = /\b(Invoke-RestMethod|Invoke-WebRequest|irm|iwr)\b/i;
// Chrome once copied HTTP/2 pseudo-headers as ordinary entries; no client can send them.
const pseudoHeaders = new Set(['authority', 'method', 'path', 'scheme']);

/** The value after `-Name` (a string or a bare word), read as PowerShell reads it. */
function parameter(paste: string, name: string, from: number): Located | undefined {
	const match = new RegExp(`-${name}\\s+`, 'i').exec(paste.slice(from));
	if (!match) return undefined;
	return powershellWords(paste, from + match.index + match[0].length, true).words[0];
}

/** The entries of the hashtable given to `-Headers`, inline or assigned to a variable earlier. */
function headerEntries(paste: string, from: number): LocatedHeader[] {
	const given = /-Headers\s+(@\{|\$(\w+))/i.exec(paste.slice(from));
	if (!given) return [];
	const start = given[2]
		? new RegExp(`\\$${given[2]}\\s*=\\s*@\\{`, 'i').exec(paste)?.index
		: from + given.index;
	if (start === undefined) return [];
	const table = block(paste, start);
	if (!table) return [];
	const entries: LocatedHeader[] = [];
	const key = /(?:^|[;\n{])\s*(?:(["'])([^"'\n]+)\1|([A-Za-z][\w-]*))\s*=/g;
	key.lastIndex = table.from;
	for (
		let match = key.exec(paste);
		match !== null && match.index < table.to;
		match = key.exec(paste)
	) {
		const nameText = match[2] ?? match[3]!;
		const nameAt = match.index + match[0].indexOf(nameText);
		const value = powershellWords(paste, key.lastIndex, true).words[0];
		if (value && !pseudoHeaders.has(nameText.toLowerCase()))
			entries.push({ name: locate(nameText, nameAt), value });
	}
	return entries;
}

export const powershellWebReader: Reader = {
	shape: 'powershell-web',
	label: 'PowerShell Invoke-RestMethod',
	kind: 'command',
	recognises: (paste) => command.test(paste),
	read: (into, paste) => {
		const found = command.exec(paste)!;
		const name = /web|iwr/i.test(found[1]!) ? 'Invoke-WebRequest' : 'Invoke-RestMethod';
		const label = `PowerShell ${name}`;
		const headers = headerEntries(paste, found.index);
		const corrected = checkReadCredentials(into, headers);
		const uri =
			parameter(paste, 'Uri', found.index) ??
			powershellWords(paste, found.index + found[0].length, true).words[0];
		if (!uri || !/^https?:\/\//i.test(uri.text)) return { corrected, label };
		const method = parameter(paste, 'Method', found.index)?.text ?? 'GET';
		const contentType = parameter(paste, 'ContentType', found.index);
		const body = parameter(paste, 'Body', found.index);
		const all = contentType
			? [...headers, { name: locate('Content-Type', contentType.base), value: contentType }]
			: headers;
		const unsupported = body?.expanded?.some(Boolean)
			? 'The body is computed by PowerShell.'
			: undefined;
		return {
			corrected,
			label,
			request: pastedRequest(method, uri.text, all, { body: body?.text, unsupported }),
		};
	},
};
