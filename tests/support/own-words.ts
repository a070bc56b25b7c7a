/**
 * The own-words check: find runs of N or more consecutive words that a page shares with a seed
 * document. Text is compared after normalising case, accents and punctuation; a "break" (the
 * edge of a code span, a table cell, a block) ends a run, so code and layout never join words
 * into a false sentence.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Marks a boundary no run may cross. */
export const BREAK = '\u0000';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** The seed folder: `SEEDS_DIR`, else `../shared/seeds` beside the clone (as in CI). */
export function seedsDir(): string {
	const dir = process.env['SEEDS_DIR'] ?? join(repoRoot, '..', 'shared', 'seeds');
	if (!existsSync(dir)) {
		throw new Error(
			`Own-words check: the seed documents are missing at ${dir}. Put shared/ beside the clone, or set SEEDS_DIR.`,
		);
	}
	return dir;
}

/** Every seed document as [file name, text]. */
export function loadSeeds(): [string, string][] {
	const dir = seedsDir();
	const files = readdirSync(dir)
		.filter((name) => !name.startsWith('.'))
		.sort();
	if (files.length === 0) throw new Error(`Own-words check: ${dir} holds no seed documents.`);
	return files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

/** Lower-case words without accents or punctuation; BREAK survives as its own token. */
export function words(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.split(new RegExp(`(${BREAK})|[^a-z0-9${BREAK}]+`))
		.filter((token): token is string => token !== undefined && token !== '');
}

export interface SharedRun {
	readonly seed: string;
	readonly text: string;
	readonly length: number;
}

/** An index of every N-word window of the seeds, to the seed it came from. */
export function seedIndex(seeds: readonly [string, string][], n: number): Map<string, string> {
	const index = new Map<string, string>();
	for (const [name, text] of seeds) {
		const tokens = words(text).filter((token) => token !== BREAK);
		for (let i = 0; i + n <= tokens.length; i++) index.set(tokens.slice(i, i + n).join(' '), name);
	}
	return index;
}

/** Maximal runs of at least N words in `text` that also occur in a seed. */
export function sharedRuns(text: string, index: Map<string, string>, n: number): SharedRun[] {
	const tokens = words(text);
	const runs: SharedRun[] = [];
	let i = 0;
	while (i + n <= tokens.length) {
		const window = tokens.slice(i, i + n);
		const seed = window.includes(BREAK) ? undefined : index.get(window.join(' '));
		if (!seed) {
			i++;
			continue;
		}
		let end = i + n;
		while (
			end < tokens.length &&
			tokens[end] !== BREAK &&
			index.has(tokens.slice(end - n + 1, end + 1).join(' '))
		)
			end++;
		runs.push({ seed, text: tokens.slice(i, end).join(' '), length: end - i });
		i = end;
	}
	return runs;
}

/** Prose of an MDX file: frontmatter, imports, code, tags and link targets removed. */
export function mdxProse(source: string): string {
	return source
		.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
		.replace(/^(import|export) .*$/gm, BREAK)
		.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1\2[ \t]*$/gm, BREAK)
		.replace(/`[^`\n]*`/g, BREAK)
		.replace(/<[^>]*>/g, BREAK)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\|/g, BREAK)
		.replace(/\n\s*\n/g, BREAK);
}

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/** Visible prose of a built page's <main>: code, scripts, styles and icons removed, blocks broken. */
export function htmlProse(html: string): string {
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	// A tag's attributes may hold ">" (Expressive Code copies the code into data-code), so a tag
	// is matched attribute by attribute, quoted values whole.
	const attrs = `(?:"[^"]*"|'[^']*'|[^'">])*`;
	return main
		.replace(/<(pre|code|script|style|svg|template)\b[\s\S]*?<\/\1>/g, BREAK)
		.replace(
			new RegExp(
				`<\\/?(p|li|ul|ol|td|th|tr|table|h[1-6]|dt|dd|dl|div|section|aside|figure|figcaption|blockquote|br|caption|summary|details|nav|header|footer|button)\\b${attrs}>`,
				'g',
			),
			BREAK,
		)
		.replace(new RegExp(`<${attrs}>`, 'g'), ' ')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X'))
				return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return entities[name.toLowerCase()] ?? whole;
		});
}
