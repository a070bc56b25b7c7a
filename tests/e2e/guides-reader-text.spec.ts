/**
 * Text as a reader sees it, on what ships: in every built page, no letter runs into an inline
 * code span, link or emphasis, or out of one ("the header is<code>Authorization</code>",
 * "simulated<span>Example API</span>account"), and no word is said twice
 * in a row ("Example API API"). Code blocks, scripts and markup are left out; inline markup is
 * joined as the browser renders it, without adding spaces.
 */
import { expect, test } from '@playwright/test';
import { distHtmlFiles, readDist } from './support/sitemap.ts';

/** Repeats that are meant, lower case: the doctor's finding about a scheme written twice. */
const intendedRepeats = new Set<string>(['bearer']);

/** The page's main content without code blocks, scripts, styles and hidden templates. */
function mainHtml(html: string): string {
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	return main.replace(/<(pre|script|style|svg|template)\b[\s\S]*?<\/\1>/g, '\n');
}

const attrs = `(?:"[^"]*"|'[^']*'|[^'">])*`;
const blockTag = new RegExp(
	`<\\/?(p|li|ul|ol|td|th|tr|table|h[1-6]|dt|dd|dl|div|section|aside|figure|figcaption|blockquote|br|caption|summary|details|nav|header|footer|button|label|option|select|input|textarea|legend|fieldset)\\b${attrs}>`,
	'g',
);

/** The visible text, inline tags removed as the browser joins them, blocks on their own lines. */
function readerText(html: string): string {
	return mainHtml(html)
		.replace(blockTag, '\n')
		.replace(new RegExp(`<${attrs}>`, 'g'), '')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;|&#34;/g, '"')
		.replace(/&#39;/g, "'");
}

/**
 * Each place where a letter touches an inline code span, link or emphasis from outside, with some
 * context (Prettier's Astro printer has dropped such spaces inside JSX expressions and captions).
 */
function gluedCode(html: string): string[] {
	const main = mainHtml(html);
	const found = [
		...main.matchAll(/\p{L}<(?:code|a|span|strong|em)\b[^>]*>[^<]{0,30}/gu),
		...main.matchAll(/[^>]{0,30}<\/(?:code|a|span|strong|em)>\p{L}/gu),
	];
	return found.map((match) => match[0]);
}

/** Each "word word" in the text, with the line it is on. */
function doubledWords(text: string): string[] {
	return text
		.split('\n')
		.flatMap((line) =>
			[...line.matchAll(/\b([A-Za-z][A-Za-z']*)[ \t]+\1\b/gi)]
				.filter((match) => match[1]!.toLowerCase() === match[0].split(/[ \t]+/)[1]!.toLowerCase())
				.map((match) => ({ match, line })),
		)
		.filter(({ match }) => !intendedRepeats.has(match[1]!.toLowerCase()))
		.map(({ match, line }) => `${match[0]} … in: ${line.trim().slice(0, 120)}`);
}

const files = distHtmlFiles();

test('there are built pages to read', () => {
	expect(files.length).toBeGreaterThanOrEqual(12);
});

test('the checks find what they look for', () => {
	expect(gluedCode('<main><p>the header is<code>Authorization</code></p></main>')).toHaveLength(1);
	expect(gluedCode('<main><p>send <code>KEY</code>s</p></main>')).toHaveLength(1);
	expect(
		gluedCode('<main><caption>this simulated<span>Example API</span>account</caption></main>'),
	).toHaveLength(2);
	expect(gluedCode('<main><p>the header is <code>Authorization</code>.</p></main>')).toEqual([]);
	expect(
		doubledWords(readerText('<main><p>the Example API <strong>API</strong> key</p></main>')),
	).toHaveLength(1);
	expect(doubledWords(readerText('<main><td>API</td><td>API</td></main>'))).toEqual([]);
});

for (const file of files) {
	test(`${file} reads without glued code spans or doubled words`, () => {
		const html = readDist(file);
		expect(gluedCode(html)).toEqual([]);
		expect(doubledWords(readerText(html))).toEqual([]);
	});
}
