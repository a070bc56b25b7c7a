/** The words of the snippets island, shared by its server rendering and its script. */
import type { Language } from '../../lib/share/index.ts';

/**
 * Tab labels: also the accessible names tests and other pages rely on. The same as the snippets
 * library's `snippetLanguages` labels (a unit test holds them equal); not imported from there,
 * because that would pull the emitters into the page's first JavaScript.
 */
export const languageLabels = {
	curl: 'cURL',
	javascript: 'JavaScript',
	python: 'Python',
	go: 'Go',
} as const satisfies Record<Language, string>;

export const snippetTexts = {
	inlineWarning:
		'The key is now written into the code: do not commit, paste or share this snippet.',
} as const;
