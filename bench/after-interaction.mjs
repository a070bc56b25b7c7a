// The JavaScript a page fetches after it has loaded, while a reader uses it as heavily as it
// allows: on /playground/ the inline snippet mode, an edit, every language tab, Send and a burst
// of Sends; on /troubleshooting/ a pasted cURL command and every tab of the corrected request.
// Issue 16's budgets: <= 25 KB gzip on the playground, <= 10 KB on troubleshooting.
//
// Every script response once the page has loaded and gone idle is counted once, by its file in
// dist/, gzip -9 (what a static host with compression sends). What the page fetches between load
// and idle untouched is reported beside it; the page's own load is js-weight.mjs's job. A hook of
// `npm run bench` (bench/hooks.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** The built file behind a script URL on the preview origin, or undefined (another origin). */
function distFile(dist, url, origin) {
	const parsed = new URL(url);
	if (parsed.origin !== origin) return undefined;
	const file = join(dist, decodeURIComponent(parsed.pathname));
	return existsSync(file) ? file : undefined;
}

/** Waits until every island on the page has finished what it was handling (kit/settled.ts). */
async function settled(page) {
	await page.waitForFunction(() => document.querySelector('[data-busy]') === null);
	await page.waitForLoadState('networkidle');
}

/** What a reader does on /playground/ to fetch everything the page can fetch. */
async function usePlayground(page) {
	const main = page.locator('main');
	await main.getByRole('switch', { name: 'Use environment variable', exact: true }).first().click();
	await main.getByRole('textbox', { name: 'API key', exact: true }).fill('edited-key');
	for (const name of ['cURL', 'JavaScript', 'Python', 'Go'])
		await main.getByRole('tab', { name, exact: true }).first().click();
	const send = main.getByRole('button', { name: 'Send', exact: true });
	await send.click();
	await settled(page);
	// A burst: more Sends than the simulated API's burst allows, so its 429 path runs too.
	for (let i = 0; i < 12; i++) await send.click();
	await settled(page);
}

/** What a support person does on /troubleshooting/: paste a customer's command, read every tab. */
async function useTroubleshooting(page) {
	const main = page.locator('main');
	await main
		.getByLabel('Header or cURL command to check')
		.fill(
			[
				"curl 'https://api.example.com/v1/users/me' \\",
				"  -H 'accept: application/json' \\",
				"  -H 'authorization: Bearer Bearer sk_live_51HqLyjWDarjtT1zdp7dc' \\",
				'  --compressed',
			].join('\n'),
		);
	const region = main.getByRole('region', { name: 'Corrected request as code' });
	await region.waitFor();
	await region.getByRole('switch', { name: 'Use environment variable', exact: true }).click();
	for (const name of ['cURL', 'JavaScript', 'Python', 'Go'])
		await region.getByRole('tab', { name, exact: true }).click();
	await settled(page);
}

const journeys = [
	{ path: '/playground/', use: usePlayground },
	{ path: '/troubleshooting/', use: useTroubleshooting },
];

/** `{ files, each, raw, gzip }` of a set of built files (each with its own sizes). */
function weigh(dist, files) {
	const each = [...files].map((file) => {
		const code = readFileSync(file);
		return {
			file: relative(dist, file),
			raw: code.length,
			gzip: gzipSync(code, { level: 9 }).length,
		};
	});
	return {
		files: each.length,
		each,
		raw: each.reduce((sum, size) => sum + size.raw, 0),
		gzip: each.reduce((sum, size) => sum + size.gzip, 0),
	};
}

/**
 * Per journey: `{ files, each, raw, gzip, idle }`. The figure is what the reader's use fetches,
 * counted once the page has loaded and gone idle; `idle` is what the page fetched between its
 * load event and going idle untouched (Starlight's search UI, requested on idle by its Search
 * component whether or not anyone searches), reported beside it so nothing is hidden.
 */
export async function afterInteraction(dist, context) {
	const { baseURL, launchOptions } = context;
	const origin = new URL(baseURL).origin;
	const browser = await chromium.launch(launchOptions);
	const result = {};
	try {
		for (const { path, use } of journeys) {
			const page = await browser.newPage();
			let phase = 'loading';
			const files = { idle: new Set(), use: new Set() };
			page.on('response', (response) => {
				if (phase === 'loading' || response.request().resourceType() !== 'script') return;
				const file = distFile(dist, response.url(), origin);
				if (file && !files.idle.has(file)) files[phase].add(file);
			});
			page.once('load', () => (phase = 'idle'));
			await page.goto(new URL(path.slice(1), baseURL).href, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			phase = 'use';
			await use(page);
			await page.close();
			result[path] = { ...weigh(dist, files.use), idle: weigh(dist, files.idle) };
		}
	} finally {
		await browser.close();
	}
	return result;
}

/** One line for the bench output. */
export function formatAfterInteraction(result) {
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	return `JS fetched after load: ${Object.entries(result)
		.map(
			([path, { files, gzip, idle }]) =>
				`${path} ${kb(gzip)} gz in ${files} files (and ${kb(idle.gzip)} on idle before any use)`,
		)
		.join('; ')} (budgets: playground ≤ 25 KB, troubleshooting ≤ 10 KB)`;
}
