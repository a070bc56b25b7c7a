/**
 * Own words: no page source shares a run of 8 or more consecutive words with a seed document.
 * This checks the MDX sources and the text tables the pages render; the browser suite
 * (tests/e2e/guides-own-words.spec.ts) checks the built HTML, generated pages included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { errorCodes } from '../../src/lib/mock-api/index.ts';
import {
	BREAK,
	htmlProse,
	loadSeeds,
	mdxProse,
	repoRoot,
	seedIndex,
	sharedRuns,
	words,
} from '../support/own-words.ts';

const RUN = 8;
const seeds = loadSeeds();
const index = seedIndex(seeds, RUN);

function files(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

const docs = files(join(repoRoot, 'src', 'content', 'docs'), /\.mdx?$/).map(
	(file) => [relative(repoRoot, file), file] as const,
);
const profileTexts = files(join(repoRoot, 'src', 'content', 'profiles'), /\.ya?ml$/).map((file) => {
	const data = parse(readFileSync(file, 'utf8')) as { summary: string; assumptions?: string[] };
	return [
		relative(repoRoot, file),
		[data.summary, ...(data.assumptions ?? [])].join(BREAK),
	] as const;
});
const explanationTexts = Object.entries(errorCodes).map(
	([code, entry]) => [`error code ${code}`, entry.title] as const,
);
// What the pages say about every code: the files in src/content/codes/, each string a passage.
const codeTexts = files(join(repoRoot, 'src', 'content', 'codes'), /\.ya?ml$/).flatMap((file) =>
	Object.entries(parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>).map(
		([code, text]) =>
			[`${relative(repoRoot, file)} ${code}`, Object.values(text).join(BREAK)] as const,
	),
);

/** A real sentence of the first seed: nine words in a row, taken from the seed itself. */
function seedSentence(): string {
	const tokens = words(seeds[0]![1]).filter((token) => token !== BREAK);
	return tokens.slice(20, 29).join(' ');
}

describe('the own-words checker', () => {
	test('finds a seed sentence pasted into an MDX page, whatever its case and punctuation', () => {
		const sentence = seedSentence().toUpperCase().replace(/ /g, ', ');
		const runs = sharedRuns(
			mdxProse(`---\ntitle: x\n---\n\nIntro. ${sentence}. Outro.`),
			index,
			RUN,
		);
		expect(runs.map((run) => run.length)).toEqual([9]);
	});

	test('ignores the same words inside a fenced code block or inline code', () => {
		const sentence = seedSentence();
		expect(
			sharedRuns(
				mdxProse(`Text.\n\n\`\`\`sh\n${sentence}\n\`\`\`\n\nMore \`${sentence}\` text.`),
				index,
				RUN,
			),
		).toEqual([]);
	});

	test('accepts a run of seven shared words', () => {
		const seven = seedSentence().split(' ').slice(0, 7).join(' ');
		expect(sharedRuns(`zebra ${seven} quokka`, index, RUN)).toEqual([]);
	});

	test('reads visible HTML text, and skips code even when an attribute holds ">"', () => {
		const sentence = seedSentence();
		const copyButton = `<div class="copy"><button data-code="echo x >&2 ${sentence}" title="Copy"></button></div>`;
		expect(
			sharedRuns(
				htmlProse(`<main><pre><code>${sentence}</code></pre>${copyButton}</main>`),
				index,
				RUN,
			),
		).toEqual([]);
		expect(
			sharedRuns(htmlProse(`<main><p>So: <em>${sentence}</em>.</p></main>`), index, RUN),
		).toHaveLength(1);
	});

	test('does not let a run cross a table cell or a block boundary', () => {
		const [a, b] = [
			seedSentence().split(' ').slice(0, 4).join(' '),
			seedSentence().split(' ').slice(4, 9).join(' '),
		];
		expect(sharedRuns(mdxProse(`| ${a} | ${b} |`), index, RUN)).toEqual([]);
	});
});

describe.each([
	...docs.map(([name, file]) => [name, mdxProse(readFileSync(file, 'utf8'))] as const),
	...profileTexts,
	...explanationTexts,
	...codeTexts,
])('%s', (_name, prose) => {
	test(`shares no run of ${RUN} words with a seed`, () => {
		expect(sharedRuns(prose, index, RUN)).toEqual([]);
	});
});
