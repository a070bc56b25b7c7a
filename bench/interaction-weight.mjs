// JavaScript fetched after load on /playground/ by the heaviest thing a reader does there: turn off
// "Use environment variable", type into the key field, visit every snippet tab, press Send, then a
// burst of Sends. Counted as gzip -9 of each script file the page fetched after `load` (the files
// in dist, so the figure does not depend on the server's compression). A hook of `npm run bench`
// (see bench/hooks.mjs); alone, after `npx astro build`: `npx node bench/interaction-weight.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startPreview } from './preview-server.mjs';

const tabs = ['cURL', 'JavaScript', 'Python', 'Go'];

/** `{ files, raw, gzip }`: the scripts fetched after load and their bytes. */
export async function interactionWeight(dist, context = {}) {
	const root = join(dist, '..');
	const own = context.baseURL ? undefined : await startPreview(root);
	const baseURL = context.baseURL ?? own.baseURL;
	const browser = await chromium.launch(
		context.launchOptions ?? { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
	);
	try {
		const page = await browser.newPage();
		await page.goto(new URL('/playground/', baseURL).href, { waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('ap-snippet-tabs'));
		const after = new Set();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (request.resourceType() === 'script' || url.pathname.endsWith('.js'))
				after.add(url.pathname);
		});
		const main = page.locator('main');
		await main.getByRole('switch', { name: 'Use environment variable', exact: true }).click();
		await main.getByRole('textbox', { name: 'API key', exact: true }).fill('edited-key');
		for (const name of tabs) await main.getByRole('tab', { name, exact: true }).click();
		const send = main.getByRole('button', { name: 'Send', exact: true });
		for (let i = 0; i < 12; i++) await send.click();
		await main.getByLabel('Response', { exact: true }).waitFor();
		await page.waitForLoadState('networkidle');
		const files = [...after].sort();
		let raw = 0;
		let gzip = 0;
		for (const file of files) {
			const bytes = readFileSync(join(dist, decodeURIComponent(file)));
			raw += bytes.length;
			gzip += gzipSync(bytes, { level: 9 }).length;
		}
		return { files, raw, gzip };
	} finally {
		await browser.close();
		own?.stop();
	}
}

/** One line for the bench output. */
export function formatInteractionWeight({ files, raw, gzip }) {
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	return `JS fetched after the heaviest interaction on /playground/ (inline, every tab, Send, a burst): ${kb(gzip)} gz (${kb(raw)} raw, ${files.length} files; target ≤ 25 KB gz)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const result = await interactionWeight(join(import.meta.dirname, '..', 'dist'));
	console.log(formatInteractionWeight(result));
	for (const file of result.files) console.log(`  ${file}`);
}
