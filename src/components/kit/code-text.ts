/**
 * A code's title or fix in the browser, read from the templates the server rendered into the
 * island (CodeTemplates.astro), so the prose never travels as JavaScript. Read as text: nothing
 * here parses HTML.
 */
import type { CodeTextPart, TemplateSet } from './code-texts.ts';

/** The templates of `set` in the nearest island around `from` that holds them. */
function templatesOf(from: Element, set: TemplateSet): Element | null {
	for (let node: Element | null = from; node; node = node.parentElement) {
		const holder = node.querySelector(`:scope > [data-code-texts="${set}"]`);
		if (holder) return holder;
	}
	return null;
}

/** The `part` of `code`'s text, or '' when the island holds no template for it. */
export function codeText(
	from: Element,
	set: TemplateSet,
	code: string,
	part: CodeTextPart,
): string {
	const template = templatesOf(from, set)?.querySelector<HTMLTemplateElement>(
		`template[data-code="${CSS.escape(code)}"]`,
	);
	return template?.content.querySelector(`[data-part="${part}"]`)?.textContent ?? '';
}
