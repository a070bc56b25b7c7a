/**
 * The options of a cURL command that matter for authentication, read from its shell words:
 * headers (`-H`), Basic credentials (`-u`), `--oauth2-bearer`, URLs, and request data. Short
 * options may be clustered (`-sSL`) and may carry their value glued on (`-uX:1234567890`).
 */
import { slice } from '../findings/located.ts';
import type { ShellWord } from './shell-words.ts';

/** The start of a line that runs curl: a prompt, `sudo`, variables set for the command, a path. */
export const curlStart =
	/^(?:[$%>#]\s*)?(?:sudo\s+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:\S*[/\\])?curl(?:\.exe)?(?:\s|$)/i;

/** Short options that take a value (curl 8). */
const shortWithValue = new Set([...'AbcCdDeEFHKmoPQrtTuUwxXyYz']);
/** Long options that take a value, the ones a pasted command is likely to hold. */
const longWithValue = new Set([
	'header',
	'user',
	'data',
	'data-raw',
	'data-binary',
	'data-ascii',
	'data-urlencode',
	'json',
	'form',
	'form-string',
	'request',
	'output',
	'user-agent',
	'referer',
	'cookie',
	'cookie-jar',
	'url',
	'proxy',
	'proxy-user',
	'oauth2-bearer',
	'upload-file',
	'write-out',
	'connect-timeout',
	'max-time',
	'retry',
	'retry-delay',
	'retry-max-time',
	'cacert',
	'capath',
	'cert',
	'cert-type',
	'key',
	'key-type',
	'config',
	'resolve',
	'connect-to',
	'variable',
	'limit-rate',
	'max-filesize',
	'interface',
	'range',
	'continue-at',
	'dump-header',
	'stderr',
	'trace',
	'trace-ascii',
	'output-dir',
	'proto',
	'proto-redir',
	'aws-sigv4',
	'login-options',
	'unix-socket',
	'noproxy',
	'proxy-header',
	'request-target',
	'max-redirs',
	'local-port',
	'keepalive-time',
	'expect100-timeout',
	'ciphers',
	'pinnedpubkey',
	'url-query',
	'time-cond',
	'dns-servers',
	'socks5',
	'socks5-hostname',
]);
const schemeFlags = new Set(['basic', 'digest', 'ntlm', 'negotiate', 'anyauth']);

export interface CurlArguments {
	readonly headers: readonly ShellWord[];
	readonly users: readonly ShellWord[];
	readonly bearers: readonly ShellWord[];
	readonly urls: readonly ShellWord[];
	readonly data: readonly ShellWord[];
	/** `--digest`, `--ntlm`…: the last HTTP auth method flag, when one is given. */
	readonly authMethod?: string;
	/** Index of the `curl` word among all words. */
	readonly curlIndex: number;
	/** Every option in order, short ones under their long name (`-H` as `header`), for rebuilding the request. */
	readonly options: readonly CurlOption[];
}

/** One option as written: its long name and its value, when it takes one. */
export interface CurlOption {
	readonly name: string;
	readonly value?: ShellWord;
}

/** Long names of the short options the request depends on. */
const longNames: Readonly<Record<string, string>> = {
	H: 'header',
	u: 'user',
	d: 'data',
	X: 'request',
	G: 'get',
	I: 'head',
	A: 'user-agent',
	e: 'referer',
	b: 'cookie',
	F: 'form',
	T: 'upload-file',
};

/** Reads the curl options out of `words`, or undefined when no word is `curl`. */
export function curlArguments(words: readonly ShellWord[]): CurlArguments | undefined {
	const curlIndex = words.findIndex((word) => /(?:^|[/\\])curl(?:\.exe)?$/i.test(word.text));
	if (curlIndex === -1) return undefined;
	const found = {
		headers: [] as ShellWord[],
		users: [] as ShellWord[],
		bearers: [] as ShellWord[],
		urls: [] as ShellWord[],
		data: [] as ShellWord[],
	};
	let authMethod: string | undefined;
	const options: CurlOption[] = [];
	const take = (option: string, value: ShellWord | undefined): void => {
		options.push(
			value ? { name: longNames[option] ?? option, value } : { name: longNames[option] ?? option },
		);
		if (!value) return;
		if (option === 'H' || option === 'header') found.headers.push(value);
		else if (option === 'u' || option === 'user') found.users.push(value);
		else if (option === 'oauth2-bearer') found.bearers.push(value);
		else if (option === 'url') found.urls.push(value);
		else if (
			option === 'd' ||
			option.startsWith('data') ||
			option === 'json' ||
			option === 'F' ||
			option.startsWith('form') ||
			option === 'url-query'
		)
			found.data.push(value);
	};
	let onlyUrls = false;
	for (let i = curlIndex + 1; i < words.length; i++) {
		const word = words[i]!;
		if (onlyUrls || !word.text.startsWith('-') || word.text === '-') {
			found.urls.push(word);
		} else if (word.text === '--') {
			onlyUrls = true;
		} else if (word.text.startsWith('--')) {
			const name = word.text.slice(2).replace(/^no-/, '');
			if (schemeFlags.has(name)) authMethod = name;
			if (longWithValue.has(name)) take(name, words[++i]);
			else options.push({ name: word.text.slice(2) });
		} else {
			for (let k = 1; k < word.text.length; k++) {
				const option = word.text[k]!;
				if (!shortWithValue.has(option)) {
					options.push({ name: longNames[option] ?? option });
					continue;
				}
				take(option, k + 1 < word.text.length ? slice(word, k + 1) : words[++i]);
				break;
			}
		}
	}
	return { ...found, curlIndex, options, ...(authMethod ? { authMethod } : {}) };
}
