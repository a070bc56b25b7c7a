/**
 * Text split so that characters a reader cannot see (spaces, tabs, line breaks, zero-width and
 * other invisible characters) can be drawn as marks with a name. Used by the Basic steps view on
 * the server and in the browser, so both draw the same marks.
 */
import { isInvisible, visibleChar } from '../../lib/auth/index.ts';

/** A run of ordinary text, or one special character drawn as `shown` and announced as `name`. */
export type Segment = { readonly text: string } | { readonly shown: string; readonly name: string };

function special(char: string): Segment | undefined {
	const code = char.codePointAt(0) ?? 0;
	if (char === ' ') return { shown: '\u00b7', name: 'space' };
	if (code < 0x20 || code === 0x7f || isInvisible(code) || (code >= 0xd800 && code <= 0xdfff))
		return { shown: visibleChar(char), name: codePoint(code) };
	return undefined;
}

function codePoint(code: number): string {
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` as ordinary runs and marked special characters, in order. */
export function visibleSegments(text: string): Segment[] {
	const segments: Segment[] = [];
	let run = '';
	for (const char of text) {
		const mark = special(char);
		if (!mark) {
			run += char;
			continue;
		}
		if (run) segments.push({ text: run });
		run = '';
		segments.push(mark);
	}
	if (run) segments.push({ text: run });
	return segments;
}

/** Builds the nodes for `text` into `target` (marks as `<span class="ap-mark" title=…>`). */
export function renderVisible(target: HTMLElement, text: string): void {
	const nodes = visibleSegments(text).map((segment) => {
		if ('text' in segment) return document.createTextNode(segment.text);
		const mark = document.createElement('span');
		mark.className = 'ap-mark';
		mark.title = segment.name;
		mark.textContent = segment.shown;
		return mark;
	});
	target.replaceChildren(...nodes);
}
