/**
 * Splits a command pasted for Windows cmd.exe into the arguments the program receives, the way
 * Chrome's "Copy as cURL (cmd)" expects: cmd first expands `%NAME%`, then removes each `^` and
 * keeps the character after it (`^` at a line's end continues the line), except inside its own
 * double quotes; the program then splits its command line with the Microsoft C runtime's rules
 * (`"` groups, `\"` is a literal quote). Offsets into the paste are kept for every character.
 * Hand-written because no library does cmd's two passes with positions.
 */
import { LocatedBuilder } from '../findings/located.ts';
import type { BrokenLine } from './shell-unquoted.ts';
import type { Expansion, ShellParse, ShellWord } from './shell-words.ts';

interface CmdChar {
	readonly char: string;
	readonly position: number;
	readonly expanded: boolean;
}

/** cmd's own pass: `%VAR%` kept as an expansion, carets removed, line continuations joined. */
function cmdPass(paste: string): {
	chars: CmdChar[];
	expansions: Expansion[];
	brokenLines: Omit<BrokenLine, 'wordIndex'>[];
} {
	const chars: CmdChar[] = [];
	const expansions: Expansion[] = [];
	const brokenLines: Omit<BrokenLine, 'wordIndex'>[] = [];
	let quoted = false;
	let i = 0;
	while (i < paste.length) {
		const char = paste[i]!;
		const variable =
			char === '%' ? /^%([A-Za-z_][A-Za-z0-9_]*)%/.exec(paste.slice(i, i + 260)) : null;
		if (variable) {
			expansions.push({ kind: 'variable', position: i, source: variable[0] });
			for (let k = 0; k < variable[0].length; k++)
				chars.push({ char: paste[i + k]!, position: i + k, expanded: true });
			i += variable[0].length;
		} else if (!quoted && char === '^') {
			const next = paste[i + 1];
			if (next === '\r' && paste[i + 2] === '\n') i += 3;
			else if (next === '\n') i += 2;
			else if (next === ' ' && /^ +\r?\n/.test(paste.slice(i + 1, i + 80))) {
				brokenLines.push({ kind: 'space-after-backslash', position: i + 1 });
				chars.push({ char: '\n', position: i + 1, expanded: false });
				i += 2;
			} else {
				if (next !== undefined) chars.push({ char: next, position: i + 1, expanded: false });
				i += 2;
			}
		} else if (!quoted && (char === '&' || char === '|')) {
			break;
		} else {
			if (char === '"') quoted = !quoted;
			if (char === '\n' && !quoted) brokenLines.push({ kind: 'no-backslash', position: i });
			chars.push({ char, position: i, expanded: false });
			i++;
		}
	}
	return { chars, expansions, brokenLines };
}

/** The program's pass: arguments split by the Microsoft C runtime (CommandLineToArgvW). */
export function cmdWords(paste: string): ShellParse {
	const { chars, expansions, brokenLines: breaks } = cmdPass(paste);
	const words: ShellWord[] = [];
	const brokenLines: BrokenLine[] = [];
	let word = new LocatedBuilder();
	let open = false;
	let quoted = false;
	let last = 0;
	const push = (item: CmdChar): void => {
		word.push(item.char, item.position, item.expanded);
		last = item.position;
		open = true;
	};
	const end = (): void => {
		if (open) words.push(word.build(last + 1));
		word = new LocatedBuilder();
		open = false;
	};
	for (let i = 0; i < chars.length; i++) {
		const item = chars[i]!;
		if (item.char === '\\') {
			let count = 0;
			while (chars[i + count]?.char === '\\') count++;
			const quote = chars[i + count]?.char === '"';
			for (let k = 0; k < (quote ? Math.floor(count / 2) : count); k++) push(chars[i + k]!);
			if (quote && count % 2 === 1) push(chars[i + count]!);
			else if (quote) quoted = !quoted;
			if (quote) open = true;
			i += count - (quote ? 0 : 1);
		} else if (item.char === '"') {
			if (quoted && chars[i + 1]?.char === '"') {
				push(chars[i + 1]!);
				i++;
			} else quoted = !quoted;
			open = true;
		} else if (
			!quoted &&
			(item.char === ' ' || item.char === '\t' || item.char === '\r' || item.char === '\n')
		) {
			const broken = breaks.find((candidate) => candidate.position === item.position);
			end();
			if (broken) brokenLines.push({ ...broken, wordIndex: words.length });
		} else push(item);
	}
	end();
	const unterminated = quoted
		? [...chars].reverse().find((item) => item.char === '"')?.position
		: undefined;
	return {
		words,
		expansions,
		smartQuotes: [],
		brokenLines,
		continuation: 'a caret (^)',
		shell: 'cmd',
		...(unterminated !== undefined ? { unterminated } : {}),
	};
}
