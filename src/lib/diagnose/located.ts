/**
 * Text that remembers where each of its characters came from in the paste. A cURL word loses its
 * quotes and backslashes, a header value loses its name, yet a finding must still point at the
 * right place in what the person pasted: `at[i]` is the paste offset of `text[i]`.
 */

export interface Located {
	readonly text: string;
	/** Paste offset of each character, plus one entry for the end: `at.length === text.length + 1`. */
	readonly at: readonly number[];
	/** Characters produced by a shell expansion (`$VAR`, `$(…)`, backticks) in a cURL command. */
	readonly expanded?: readonly boolean[];
}

/** `text` starting at paste offset `base`, one offset per character. */
export function locate(text: string, base = 0): Located {
	const at = new Array<number>(text.length + 1);
	for (let i = 0; i <= text.length; i++) at[i] = base + i;
	return { text, at };
}

/** The characters `start` (inclusive) to `end` (exclusive), offsets kept. */
export function slice(source: Located, start: number, end = source.text.length): Located {
	const from = Math.max(0, Math.min(start, source.text.length));
	const to = Math.max(from, Math.min(end, source.text.length));
	const sliced: Located = { text: source.text.slice(from, to), at: source.at.slice(from, to + 1) };
	return source.expanded ? { ...sliced, expanded: source.expanded.slice(from, to) } : sliced;
}

/** Paste offset and length of characters `start` to `end`. */
export function spanOf(source: Located, start: number, end: number): { position: number; length: number } {
	const from = Math.max(0, Math.min(start, source.text.length));
	const to = Math.max(from, Math.min(end, source.text.length));
	const position = source.at[from] ?? 0;
	if (to === from) return { position, length: 0 };
	const last = source.at[to - 1] ?? position;
	return { position, length: last - position + 1 };
}

/** The span of the whole located text. */
export function spanAll(source: Located): { position: number; length: number } {
	return spanOf(source, 0, source.text.length);
}

/** Removes the characters at the given indices (sorted or not), offsets kept for the rest. */
export function without(source: Located, indices: ReadonlySet<number>): Located {
	if (indices.size === 0) return source;
	let text = '';
	const at: number[] = [];
	const expanded: boolean[] = [];
	for (let i = 0; i < source.text.length; i++) {
		if (indices.has(i)) continue;
		text += source.text[i];
		at.push(source.at[i]!);
		expanded.push(source.expanded?.[i] ?? false);
	}
	at.push(source.at[source.text.length]!);
	return source.expanded ? { text, at, expanded } : { text, at };
}

/** Replaces single characters (same length), offsets kept. */
export function replaceChars(source: Located, replace: (char: string, index: number) => string): Located {
	let text = '';
	for (let i = 0; i < source.text.length; i++) text += replace(source.text[i]!, i);
	return { ...source, text };
}

/** Whether any character of `source` (or of `start`..`end`) came from a shell expansion. */
export function hasExpansion(source: Located, start = 0, end = source.text.length): boolean {
	if (!source.expanded) return false;
	for (let i = start; i < end; i++) if (source.expanded[i]) return true;
	return false;
}

/** Whether every character came from a shell expansion (and there is at least one). */
export function isAllExpansion(source: Located): boolean {
	if (!source.expanded || source.text.length === 0) return false;
	return source.expanded.every(Boolean);
}

/** Leading and trailing characters matching `pattern` trimmed off. */
export function trimLocated(source: Located, pattern = /[ \t]/): Located {
	let start = 0;
	let end = source.text.length;
	while (start < end && pattern.test(source.text[start]!)) start++;
	while (end > start && pattern.test(source.text[end - 1]!)) end--;
	return slice(source, start, end);
}
