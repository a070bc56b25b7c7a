// The JavaScript a page fetches after it has loaded, while a reader uses it as heavily as it
// allows: on /playground/ the inline snippet mode, an edit, every language tab, Send and a burst of Sends;
// on /troubleshooting/ a pasted cURL command and every tab of the corrected request. Issue 16's
// budgets: <= 25 KB gzip on the playground, <= 10 KB on troubleshooting.
//
// Every script response after the `load` event is counted once, by its file in dist/, gzip -9 (what
// a static host with compression sends); the browser reads the same files the preview serves. The
// page's own load is js-weight.mjs's job. A hook of `npm run bench` (bench/hooks.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** `{ [path]: { files, raw, gzip } }`: the scripts fetched after load, for each journey. */
export async function afterInteraction(dist, context) {
	const { baseURL, launchOptions } = context;
	const origin = new URL(baseURL).origin;
	const browser = await chromium.launch(launchOptions);
	const result = {};
	try {
		for (const { path, use } of journeys) {
			const page = await browser.newPage();
			let loaded = false;
			const files = new Set();
			page.on('response', (response) => {
				if (!loaded || response.request().resourceType() !== 'script') return;
				const file = distFile(dist, response.url(), origin);
				if (file) files.add(file);
			});
			// Counted from the load event on: what a page imports on idle belongs to "after" too.
			page.once('load', () => (loaded = true));
			await page.goto(new URL(path.slice(1), baseURL).href, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			await use(page);
			await page.close();
			const sizes = [...files].map((file) => {
				const code = readFileSync(file);
				return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
			});
			result[path] = {
				files: files.size,
				raw: sizes.reduce((sum, size) => sum + size.raw, 0),
				gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
			};
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
		.map(([path, { files, gzip }]) => `${path} ${kb(gzip)} gz in ${files} files`)
		.join('; ')} (budgets: playground ≤ 25 KB, troubleshooting ≤ 10 KB)`;
}
