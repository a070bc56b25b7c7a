import { describe, expect, test } from 'vitest';
import { curlArguments } from '../../src/lib/diagnose/shell/curl-args.ts';
import { positionOf } from '../../src/lib/diagnose/findings/located.ts';
import { shellWords } from '../../src/lib/diagnose/shell/shell-words.ts';

const words = (paste: string): string[] => shellWords(paste).words.map((word) => word.text);

describe('shell words, as bash splits them', () => {
	test.each<[string, string[]]>([
		[`curl -H 'a b' "c d" e\\ f`, ['curl', '-H', 'a b', 'c d', 'e f']],
		[`curl 'it'\\''s'`, ['curl', "it's"]],
		[`curl "a\\"b" "\\$x" "\\\\"`, ['curl', 'a"b', '$x', '\\']],
		[`curl "a\\nb"`, ['curl', 'a\\nb']],
		[`curl $'a\\nb' $'\\''`, ['curl', 'a\nb', "'"]],
		['curl \\\n  -H x', ['curl', '-H', 'x']],
		['curl ab\\\ncd', ['curl', 'abcd']],
		['curl "$TOKEN" ${KEY} $(cmd arg) `cmd`', ['curl', '$TOKEN', '${KEY}', '$(cmd arg)', '`cmd`']],
		['curl -H “a b”', ['curl', '-H', 'a b']],
		['curl a # comment "x"\n', ['curl', 'a']],
		['curl a | jq .', ['curl', 'a']],
		['curl "a | b"; echo', ['curl', 'a | b']],
		['curl "https://x.test/?a=1&b=2"', ['curl', 'https://x.test/?a=1&b=2']],
		['curl ""', ['curl', '']],
	])('%j splits into %j', (paste, expected) => {
		expect(words(paste)).toEqual(expected);
	});

	test('every character of a word keeps its offset in the paste, through quotes and continuations', () => {
		const paste = `curl \\\n -H "Authorization: Bearer a\\$b" 'c'`;
		for (const word of shellWords(paste).words) {
			for (let i = 0; i < word.text.length; i++)
				expect(paste[positionOf(word, i)]).toBe(word.text[i]);
		}
	});

	test('expansions are marked, single-quoted dollars are not', () => {
		const [, double, single] = shellWords(`curl "a$B" 'a$B'`).words;
		expect(double!.expanded).toEqual([false, true, true]);
		expect(single!.expanded).toBeUndefined();
	});

	test.each<[string, string, number]>([
		['curl a\n -H x', 'no-backslash', 6],
		['curl a \\ \n -H x', 'space-after-backslash', 8],
		['curl a \\\r\n -H x', 'carriage-return', 8],
	])('%j has a %s line break at %i', (paste, kind, position) => {
		expect(shellWords(paste).brokenLines).toContainEqual(
			expect.objectContaining({ kind, position }),
		);
	});
});

describe('shell words in a paste cut off inside a quote or an expansion', () => {
	// Bash would wait for the closing character; a paste cut short instead runs to its end, and
	// nothing the reader pasted is lost or placed outside the paste.
	test.each<[string, string, string[], { kind: string; position: number; source: string } | null]>([
		["an unclosed '", "curl -H 'a: b c", ['curl', '-H', 'a: b c'], null],
		[
			'an unclosed "',
			'curl -H "a: $X b',
			['curl', '-H', 'a: $X b'],
			{ kind: 'variable', position: 12, source: '$X' },
		],
		[
			'an unclosed $(',
			'curl -H "a: $(echo b',
			['curl', '-H', 'a: $(echo b'],
			{ kind: 'command', position: 12, source: '$(echo b' },
		],
		[
			'an unclosed $( with a nested (',
			'curl $(a (b)',
			['curl', '$(a (b)'],
			{ kind: 'command', position: 5, source: '$(a (b)' },
		],
		[
			'an unclosed ${',
			'curl -u :${KEY',
			['curl', '-u', ':${KEY'],
			{ kind: 'variable', position: 9, source: '${KEY' },
		],
		[
			'an unclosed ${ in double quotes',
			'curl "x ${Y',
			['curl', 'x ${Y'],
			{ kind: 'variable', position: 8, source: '${Y' },
		],
		[
			'an unclosed backtick',
			'curl `echo a b',
			['curl', '`echo a b'],
			{ kind: 'command', position: 5, source: '`echo a b' },
		],
		[
			'an unclosed backtick in double quotes',
			'curl "a `b',
			['curl', 'a `b'],
			{ kind: 'command', position: 8, source: '`b' },
		],
	])('reads %s as running to the end of the paste', (_name, paste, expected, expansion) => {
		const parsed = shellWords(paste);
		expect(parsed.words.map((word) => word.text)).toEqual(expected);
		expect(parsed.expansions).toEqual(expansion ? [expansion] : []);
		const last = parsed.words.at(-1)!;
		expect(positionOf(last, last.text.length - 1)).toBe(paste.length - 1);
		for (const word of parsed.words) {
			for (let i = 0; i < word.text.length; i++)
				expect(paste[positionOf(word, i)]).toBe(word.text[i]);
		}
	});
});

describe('curl options', () => {
	test('clustered and glued short options are read as curl reads them', () => {
		const args = curlArguments(
			shellWords(
				`curl -sSLuX:1234567890 -HAccept:json -X GET https://x.test --oauth2-bearer tok -d a=1 --url https://y.test`,
			).words,
		)!;
		expect(args.users.map((word) => word.text)).toEqual(['X:1234567890']);
		expect(args.headers.map((word) => word.text)).toEqual(['Accept:json']);
		expect(args.urls.map((word) => word.text)).toEqual(['https://x.test', 'https://y.test']);
		expect(args.bearers.map((word) => word.text)).toEqual(['tok']);
		expect(args.data.map((word) => word.text)).toEqual(['a=1']);
	});

	test('a command without curl has no curl options', () => {
		expect(curlArguments(shellWords('wget https://x.test').words)).toBeUndefined();
	});
});
