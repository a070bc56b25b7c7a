/**
 * Puts highlighted lines into a `<code>` element by building nodes, never by parsing HTML: the
 * generated code contains whatever the reader typed. Same markup as CodeBlock.astro renders.
 */
import type { CodeLine } from './highlighter.ts';

/** Replaces the content of `code` with `lines`; coloured tokens become spans with theme colours. */
export function renderLines(code: HTMLElement, lines: readonly CodeLine[]): void {
	const fragment = document.createDocumentFragment();
	lines.forEach((line, index) => {
		if (index > 0) fragment.append('\n');
		for (const token of line) {
			if (token.className === undefined) {
				fragment.append(token.content);
				continue;
			}
			const span = document.createElement('span');
			span.className = token.className;
			span.textContent = token.content;
			fragment.append(span);
		}
	});
	code.replaceChildren(fragment);
}
