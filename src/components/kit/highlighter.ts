/**
 * Syntax highlighting for generated snippets, the same code at build time and in the browser.
 *
 * Design note: Shiki's fine-grained core with the JavaScript regex engine (no WebAssembly), one
 * light/dark theme pair and only the four grammars we emit. Everything is loaded by dynamic
 * import, so the browser fetches it only when a reader first edits a value; until then the
 * build-time highlighting stands. Output is plain token data, never HTML: views build nodes and
 * set `textContent`, so nothing a reader typed is ever parsed as markup.
 */
import type { HighlighterCore, LanguageRegistration, ThemeRegistration } from 'shiki/core';
import type { Language } from '../../lib/share/index.ts';
import { tokenClass } from './code-palette.ts';

/** One token: its text and its colour classes (absent: the block's default colour). */
export interface CodeToken {
	readonly content: string;
	readonly className?: string | undefined;
}

export type CodeLine = readonly CodeToken[];

/** WCAG AA contrast on their own backgrounds (comments included), unlike several popular pairs. */
const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

type Loader<T> = () => Promise<{ default: T }>;

const grammars = {
	curl: { name: 'shellscript', load: () => import('shiki/langs/shellscript.mjs') },
	javascript: { name: 'javascript', load: () => import('shiki/langs/javascript.mjs') },
	python: { name: 'python', load: () => import('shiki/langs/python.mjs') },
	go: { name: 'go', load: () => import('shiki/langs/go.mjs') },
} as const satisfies Record<Language, { name: string; load: Loader<LanguageRegistration[]> }>;

let highlighter: Promise<HighlighterCore> | undefined;

async function createHighlighter(): Promise<HighlighterCore> {
	const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
		import('shiki/core'),
		import('shiki/engine/javascript'),
	]);
	const themeLoads: Loader<ThemeRegistration>[] = [
		() => import('shiki/themes/github-light-default.mjs'),
		() => import('shiki/themes/github-dark-default.mjs'),
	];
	return createHighlighterCore({
		themes: themeLoads.map((load) => load()),
		langs: [],
		engine: createJavaScriptRegexEngine(),
	});
}

/** Lines of coloured tokens for `code` in `language`; loads Shiki and the grammar on first use. */
export async function highlight(code: string, language: Language): Promise<CodeLine[]> {
	highlighter ??= createHighlighter();
	const shiki = await highlighter;
	const grammar = grammars[language];
	if (!shiki.getLoadedLanguages().includes(grammar.name))
		await shiki.loadLanguage((await grammar.load()).default);
	return shiki.codeToTokensWithThemes(code, { lang: grammar.name, themes }).map((line) =>
		line.map((token) => ({
			content: token.content,
			className: tokenClass(token.variants['light']?.color, token.variants['dark']?.color),
		})),
	);
}

/** Unhighlighted lines, shown at once while highlighting catches up. */
export function plainLines(code: string): CodeLine[] {
	return code.split('\n').map((line) => [{ content: line }]);
}
