/**
 * Puts snippet tokens into a `<code>` element by building nodes, never by parsing HTML: the
 * generated code contains whatever the reader typed. Same markup as CodeBlock.astro renders: a
 * token of any kind but plain is a span whose class names its kind (code-palette.css colours it).
 */
import type { TokenKind, Tokens } from '../../lib/snippets/index.ts';

const classPrefix = 't-';

/** The class of a token of `kind`, or undefined for plain text. */
export function tokenClass(kind: TokenKind): string | undefined {
	return kind === 'plain' ? undefined : classPrefix + kind;
}

/** Replaces the content of `code` with `tokens`. */
export function renderTokens(code: HTMLElement, tokens: Tokens): void {
	const fragment = document.createDocumentFragment();
	for (const { kind, text } of tokens) {
		const className = tokenClass(kind);
		if (className === undefined) {
			fragment.append(text);
			continue;
		}
		const span = document.createElement('span');
		span.className = className;
		span.textContent = text;
		fragment.append(span);
	}
	code.replaceChildren(fragment);
}

/** The tokens a rendered `code` element shows (the server's rendering, read back). */
export function tokensIn(code: Element): Tokens {
	return [...code.childNodes].map((node) => {
		const className = node instanceof Element ? node.className : '';
		const kind = className.startsWith(classPrefix) ? className.slice(classPrefix.length) : 'plain';
		return { kind: kind as TokenKind, text: node.textContent ?? '' };
	});
}
