// Keystroke-to-update latency on /playground/, in Debian's Chromium through Playwright.
//
// Two figures per keystroke. `update`: from the moment the page receives the edited value (an
// `input` listener on window, capture phase, runs before any island) to the moment the islands
// have finished reacting (an `input` listener on document, bubble phase, runs after the request
// builder's, which rebuilds the request and updates the header, the Basic steps, the visible
// snippet and the share state synchronously). That is the time our code costs per key, the
// figure the p95 ≤ 2 ms target is about. `end to end`: from the keydown event's timestamp, so it
// adds the browser's own input pipeline (and, on a busy machine, its queueing). Colouring is
// included: the visible snippet is painted from the emitters' tokens on the keystroke itself.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

const types = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/** A static server for `dist` on 127.0.0.1 with an ephemeral port. */
async function serve(dist) {
	const server = createServer(async (request, response) => {
		const path = normalize(
			decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
		).replace(/^(\.\.[/\\])+/, '');
		let file = join(dist, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			response.writeHead(200, {
				'Content-Type': types[extname(file)] ?? 'application/octet-stream',
			});
			response.end(await readFile(file));
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Types `count` characters into the API key field and returns the latencies in ms. */
async function typeAndMeasure(page, count) {
	await page.evaluate(() => {
		const samples = (window.__keystrokes = []);
		let down = 0;
		let received = 0;
		window.addEventListener('keydown', (event) => (down = event.timeStamp), true);
		window.addEventListener('input', () => (received = performance.now()), true);
		document.addEventListener('input', (event) => {
			// Only keystrokes in the field: clearing it between rounds fires an input without a keydown.
			if (down !== 0 && event.target instanceof HTMLInputElement && event.target.type === 'text')
				samples.push({ update: performance.now() - received, endToEnd: performance.now() - down });
			down = 0;
		});
	});
	const field = page.getByRole('textbox', { name: 'API key', exact: true });
	await field.fill('');
	await field.focus();
	const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
	for (let i = 0; i < count; i++) await page.keyboard.press(alphabet[i % alphabet.length]);
	return page.evaluate(() => window.__keystrokes);
}

function summary(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * `{ update: { p50, p95 }, endToEnd: { p50, p95 }, samples }` in milliseconds over `count`
 * keystrokes in each snippet mode (environment variable, the default, and inlined, where the
 * shown snippet changes on every key).
 */
export async function keystrokeLatency(dist, context = {}) {
	const { count = 200, baseURL, launchOptions } = context;
	// The bench runner passes its preview server and browser options; alone, serve dist ourselves.
	const own = baseURL ? undefined : await serve(dist);
	const origin = baseURL ?? own.origin;
	const browser = await chromium.launch(
		launchOptions ?? {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
		},
	);
	try {
		const page = await browser.newPage();
		await page.goto(new URL('/playground/', origin).href);
		await page.waitForFunction(
			() => customElements.get('ap-request-builder') && customElements.get('ap-snippet-tabs'),
		);
		await typeAndMeasure(page, 20); // warm-up: JIT and the first lazy imports are not what a reader feels per key
		const env = await typeAndMeasure(page, count);
		await page.getByRole('switch', { name: 'Use environment variable' }).click();
		const inline = await typeAndMeasure(page, count);
		const samples = [...env, ...inline];
		return {
			update: summary(samples.map((sample) => sample.update)),
			endToEnd: summary(samples.map((sample) => sample.endToEnd)),
			samples: samples.length,
		};
	} finally {
		await browser.close();
		own?.server.close();
	}
}

/** One line for the bench output. */
export function formatLatency({ update, endToEnd, samples }) {
	const ms = (value) => `${value.toFixed(1)} ms`;
	return `keystroke-to-update on /playground/ (${samples} keys): p50 ${ms(update.p50)}, p95 ${ms(update.p95)} (target p95 ≤ 2 ms); from keydown: p50 ${ms(endToEnd.p50)}, p95 ${ms(endToEnd.p95)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = join(import.meta.dirname, '..', 'dist');
	console.log(formatLatency(await keystrokeLatency(dist)));
}
