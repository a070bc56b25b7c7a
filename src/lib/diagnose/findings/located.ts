/**
 * Text that remembers where each of its characters came from in the paste. A cURL word loses its
 * quotes and backslashes, a header value loses its name, yet a finding must still point at the
 * right place in what the person pasted. Text cut straight from the paste keeps only its start
 * (`base`), so a 10 KB value is sliced without copying 10,000 offsets; text rebuilt from pieces
 * (a shell word, a value with characters removed) keeps one offset per character.
 */

export interface Located {
	readonly text: string;
	/** Paste offset of `text[0]` when the characters map one to one. */
	readonly base: number;
	/** Paste offset of each character plus one for the end (`text.length + 1` entries), when they do not. */
	readonly offsets?: readonly number[];
	/** Characters produced by a shell expansion (`$VAR`, `$(…)`, backticks) in a cURL command. */
	readonly expanded?: readonly boolean[];
}

/** `text` starting at paste offset `base`, one offset per character. */
export function locate(text: string, base = 0): Located {
	return { text, base };
}

/** Paste offset of character `index` (`index === text.length` gives the end). */
export function positionOf(source: Located, index: number): number {
	return source.offsets
		? (source.offsets[index] ?? source.offsets.at(-1) ?? 0)
		: source.base + index;
}

/** The characters `start` (inclusive) to `end` (exclusive), offsets kept. */
export function slice(source: Located, start: number, end = source.text.length): Located {
	const from = Math.max(0, Math.min(start, source.text.length));
	const to = Math.max(from, Math.min(end, source.text.length));
	if (from === 0 && to === source.text.length) return source;
	const text = source.text.slice(from, to);
	const sliced: Located = source.offsets
		? { text, base: positionOf(source, from), offsets: source.offsets.slice(from, to + 1) }
		: { text, base: source.base + from };
	return source.expanded ? { ...sliced, expanded: source.expanded.slice(from, to) } : sliced;
}

/** Paste offset and length of characters `start` to `end`. */
export function spanOf(
	source: Located,
	start: number,
	end: number,
): { position: number; length: number } {
	const from = Math.max(0, Math.min(start, source.text.length));
	const to = Math.max(from, Math.min(end, source.text.length));
	const position = positionOf(source, from);
	if (to === from) return { position, length: 0 };
	return { position, length: positionOf(source, to - 1) - position + 1 };
}

/** The span of the whole located text. */
export function spanAll(source: Located): { position: number; length: number } {
	return spanOf(source, 0, source.text.length);
}

/** Builds located text character by character, for text that no longer maps one to one. */
export class LocatedBuilder {
	#text = '';
	readonly #offsets: number[] = [];
	/** Allocated on the first expanded character: most text has none. */
	#expanded: boolean[] | undefined;

	/** Appends `char`, which came from paste offset `position`. */
	push(char: string, position: number, expanded = false): void {
		if (expanded && !this.#expanded)
			this.#expanded = new Array<boolean>(this.#offsets.length).fill(false);
		this.#text += char;
		this.#offsets.push(position);
		this.#expanded?.push(expanded);
	}

	get length(): number {
		return this.#offsets.length;
	}

	/** The located text, ending at paste offset `end`; the builder must not be used afterwards. */
	build(end: number, keepExpanded = this.#expanded !== undefined): Located {
		const base = this.#offsets[0] ?? end;
		this.#offsets.push(end);
		const located: Located = { text: this.#text, base, offsets: this.#offsets };
		if (!keepExpanded) return located;
		return {
			...located,
			expanded: this.#expanded ?? new Array<boolean>(this.#text.length).fill(false),
		};
	}
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

/** Removes the characters at the given indices, offsets kept for the rest. */
export function without(source: Located, indices: ReadonlySet<number>): Located {
	if (indices.size === 0) return source;
	const built = new LocatedBuilder();
	for (let i = 0; i < source.text.length; i++) {
		if (!indices.has(i))
			built.push(source.text[i]!, positionOf(source, i), source.expanded?.[i] ?? false);
	}
	return built.build(positionOf(source, source.text.length), source.expanded !== undefined);
}
