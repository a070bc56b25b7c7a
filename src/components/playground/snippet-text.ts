/** The words of the snippets island, shared by its server rendering and its script. */
import type { Language } from '../../lib/share/index.ts';
import { snippetLanguages } from '../../lib/snippets/index.ts';

/** Tab labels (cURL, JavaScript, Python, Go): also the accessible names tests and other pages rely on. */
export const languageLabels: Readonly<Record<Language, string>> = {
	curl: snippetLanguages.curl.label,
	javascript: snippetLanguages.javascript.label,
	python: snippetLanguages.python.label,
	go: snippetLanguages.go.label,
};

export const snippetTexts = {
	inlineWarning: 'The key is now written into the code: do not commit, paste or share this snippet.',
} as const;
