/**
 * Own words, on what ships: the visible prose of every built page (generated quickstarts and the
 * error reference included, code excluded) shares no run of 8 words with a seed document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlProse, loadSeeds, seedIndex, sharedRuns } from '../support/own-words.ts';

const RUN = 8;
const dist = join(import.meta.dirname, '..', '..', 'dist');
const index = seedIndex(loadSeeds(), RUN);
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
	.map((entry) => join(entry.parentPath, entry.name))
	.sort();

test('there are built pages to check', () => {
	expect(files.length).toBeGreaterThanOrEqual(12);
});

for (const file of files) {
	test(`${relative(dist, file)} shares no run of ${RUN} words with a seed`, () => {
		const prose = htmlProse(readFileSync(file, 'utf8'));
		expect(prose.length).toBeGreaterThan(0);
		expect(sharedRuns(prose, index, RUN)).toEqual([]);
	});
}
