/**
 * The text of each code as the site renders it, read from src/content/codes/ for tests (the
 * build reads the same files through Astro's content layer, src/content.config.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface CodeText {
	readonly title: string;
	readonly fix: string;
}

/** A doctor finding as /troubleshooting/ explains it. */
export interface FindingText extends CodeText {
	readonly explanation: string;
	readonly example: string;
	readonly exampleProfile?: string;
	readonly reference?: string;
}

const dir = join(import.meta.dirname, '..', '..', 'src', 'content', 'codes');

/** Every code of `set` (a file name in src/content/codes/) with its title and fix. */
export function readCodeTexts(
	set: 'auth' | 'snippets' | 'doctor' | 'key-store',
): Record<string, CodeText> {
	return parse(readFileSync(join(dir, `${set}.yaml`), 'utf8')) as Record<string, CodeText>;
}

/** Every finding of the header doctor with its whole entry. */
export function readFindingTexts(): Record<string, FindingText> {
	return parse(readFileSync(join(dir, 'doctor.yaml'), 'utf8')) as Record<string, FindingText>;
}

/** A simulated API answer as /reference/errors/ explains it. */
export interface ErrorText {
	readonly cause: string;
	readonly fix: string;
	readonly wwwAuthenticate: string;
	readonly spec: string;
}

/** Every answer of the simulated APIs with what the error reference says about it. */
export function readErrorTexts(): Record<string, ErrorText> {
	return parse(readFileSync(join(dir, 'mock.yaml'), 'utf8')) as Record<string, ErrorText>;
}

/** What each snippet language needs to run, as its tab says (src/content/snippets/languages.yaml). */
export function readSnippetLanguageNotes(): Record<string, { readonly runsWith: string }> {
	return parse(readFileSync(join(dir, '..', 'snippets', 'languages.yaml'), 'utf8')) as Record<
		string,
		{ readonly runsWith: string }
	>;
}
