/**
 * Every code a reader can meet, as the registry declares it, has its entry on a built page: an
 * element whose id is the code, on the page the registry names, with a heading. Support links
 * (`/troubleshooting/#trailing-newline`, `/reference/errors/#missing-colon`) depend on it. Reads
 * the build in dist/ (no server needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { codePages, everyCode } from '../../src/lib/codes/index.ts';
import { distDir } from './support/site.ts';

const html = Object.fromEntries(
	Object.entries(codePages).map(([page, path]) => [
		page,
		readFileSync(join(distDir, path, 'index.html'), 'utf8'),
	]),
);

/** The element with `id` on the page and what follows it, from its opening tag on. */
function entryOf(page: string, id: string): string | undefined {
	const source = html[page] ?? '';
	const start = source.indexOf(` id="${id}"`);
	return start < 0 ? undefined : source.slice(source.lastIndexOf('<', start), start + 2000);
}

test('the registry lists codes of every set on every page it names', () => {
	const pages = new Set(everyCode().map((entry) => entry.page));
	expect([...pages].toSorted()).toEqual(Object.keys(codePages).toSorted());
	expect(everyCode().length).toBeGreaterThan(130);
});

test.describe('every code has its anchored entry on its page', () => {
	for (const { code, page } of everyCode()) {
		test(`${code} has an entry at ${codePages[page]}#${code}`, () => {
			const entry = entryOf(page, code);
			expect(entry, `no id="${code}" on ${codePages[page]}`).toBeDefined();
			// The anchor is a heading, or an entry that opens with one.
			expect(entry).toMatch(/^<(h[2-4]\b|[a-z]+\b[^>]*>\s*<h[2-4]\b)/);
			expect(html[page]?.split(` id="${code}"`).length).toBe(2);
		});
	}
});
