import { expect, test } from '@playwright/test';
import { buildBasicRequest, buildBearerRequest } from '../../src/lib/auth/index.ts';
import { headerValue } from '../../src/lib/http/index.ts';
import type { Language } from '../../src/lib/share/index.ts';
import { startRecordingServer } from '../runtimes/support/recording-server.ts';
import { runSnippets, type Runtime } from '../runtimes/support/run-snippet.ts';
import { loadProfile } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the language choice is synced, remembered under one namespaced key, and restored on the next visit', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await expect(playground.tab('curl')).toHaveAttribute('aria-selected', 'true');
	await playground.tab('python').click();
	await expect(playground.tab('python')).toHaveAttribute('aria-selected', 'true');
	await expect(playground.panel('python')).toBeVisible();
	await expect(playground.panel('curl')).toBeHidden();
	const stored = await page.evaluate(() =>
		Object.entries(localStorage).filter(([key]) => key.startsWith('auth-playground')),
	);
	expect(stored).toEqual([['auth-playground:snippet-language', 'python']]);
	await page.reload();
	await expect(playground.tab('python')).toHaveAttribute('aria-selected', 'true');
	await expect(playground.panel('python')).toBeVisible();
});

test('a bad stored value is ignored', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await page.addInitScript(() =>
		localStorage.setItem('auth-playground:snippet-language', '<img src=x>'),
	);
	await playground.goto();
	await expect(playground.tab('curl')).toHaveAttribute('aria-selected', 'true');
});

test('arrow keys, Home and End move between the tabs and show their panels', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.tab('curl').focus();
	const steps: [string, Language][] = [
		['ArrowRight', 'javascript'],
		['ArrowRight', 'python'],
		['End', 'go'],
		['ArrowRight', 'curl'],
		['ArrowLeft', 'go'],
		['Home', 'curl'],
	];
	for (const [key, language] of steps) {
		await page.keyboard.press(key);
		await expect(playground.tab(language)).toBeFocused();
		await expect(playground.tab(language)).toHaveAttribute('aria-selected', 'true');
		await expect(playground.panel(language)).toBeVisible();
	}
});

test('"Use environment variable" is on by default; turning it off inlines the key and warns in one line', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const key = 'inline-me-0123456789';
	await playground.field('API key').fill(key);
	await expect(playground.envSwitch).toBeChecked();
	expect(await playground.snippet('curl')).toContain('$LEMLIST_API_KEY');
	await expect(page.getByText('The key is now written into the code')).toBeHidden();
	await playground.envSwitch.click();
	await expect(playground.envSwitch).not.toBeChecked();
	await expect(
		page.getByText(
			'The key is now written into the code: do not commit, paste or share this snippet.',
		),
	).toBeVisible();
	expect(await playground.snippet('curl')).not.toContain('LEMLIST_API_KEY');
});

test('the copy button copies the shown snippet and announces it in a live region', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const shown = await playground.snippet('go');
	await playground.copySnippet.click();
	expect(await playground.clipboard()).toBe(shown);
	const status = page.locator('ap-snippet-tabs [aria-live="polite"]');
	await expect(status).toHaveText('Go snippet copied.');
});

// The palette's colours as the browser computes them (code-palette.css, from the Shiki themes).
const keywordColour = { light: 'rgb(207, 34, 46)', dark: 'rgb(255, 123, 114)' } as const;

for (const theme of ['light', 'dark'] as const) {
	test(`snippets are coloured by kind in the ${theme} theme, from the server's first paint on`, async ({
		page,
	}) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		const playground = new PlaygroundPage(page);
		await playground.goto();
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const keyword = playground.panel('curl').locator('pre span.t-keyword', { hasText: /^if$/ });
		await expect(keyword).toHaveCSS('color', keywordColour[theme]);
	});
}

test("an edit recolours the snippet at once, in the server's markup, and fetches no highlighter", async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	const code = playground.panel('curl').locator('pre code');
	const served = await code.innerHTML();
	await playground.field('API key').fill('edited-key');
	await playground.envSwitch.click();
	await expect(
		code.locator('span.t-string', { hasText: 'Authorization: Basic OmVkaXRlZC1rZXk=' }),
	).toBeVisible();
	await expect(code.locator('span.t-function', { hasText: /^curl$/ })).toBeVisible();
	// Back to the code the server rendered: the browser paints the very same markup.
	await playground.envSwitch.click();
	await expect(playground.envSwitch).toBeChecked();
	await expect.poll(() => code.innerHTML()).toBe(served);
	for (const language of ['javascript', 'python', 'go'] as const)
		await playground.tab(language).click();
	expect(
		loaded.filter((path) =>
			/shiki|engine-|shellscript|github-(light|dark)|\/(go|python|javascript)\.\w+\.js$/.test(path),
		),
	).toEqual([]);
});

// Each runtime runs the snippet exactly as copied; only the API's base URL is pointed at the local
// recording server, so what arrives there is what the real API would have received.
const runtimes: [Language, Runtime][] = [
	['curl', 'bash'],
	['javascript', 'node'],
	['python', 'python'],
	['go', 'go'],
];

for (const [language, runtime] of runtimes) {
	test(`a ${language} snippet copied with the key inlined, run by ${runtime}, delivers the header byte for byte`, async ({
		page,
	}) => {
		test.slow();
		const playground = new PlaygroundPage(page);
		await playground.goto();
		const profile = loadProfile(
			language === 'python' || language === 'go' ? 'leadterra' : 'lemlist',
		);
		// Basic carries any visible ASCII (quotes, $, backticks, backslashes: what breaks quoting); a
		// Bearer token only b64token characters (RFC 6750 §2.1).
		const key =
			language === 'python' || language === 'go'
				? 'sk_test_Ab9-._~+/xyz=='
				: `key'with"quotes$(touch x)and\`ticks\\%&`;
		await playground.api.selectOption(profile.id);
		await playground.field('API key').fill(key);
		await playground.envSwitch.click();
		await playground.tab(language).click();
		await playground.copySnippet.click();
		const copied = await playground.clipboard();
		expect(copied).toContain(profile.baseUrl);
		const built =
			profile.auth.scheme === 'bearer'
				? buildBearerRequest(profile, key)
				: buildBasicRequest(profile, { variant: 'empty-username', key });
		if (!built.ok) throw new Error('the core refused the key');
		const server = await startRecordingServer();
		try {
			const code = copied.replaceAll(profile.baseUrl, server.origin);
			await runSnippets(runtime, [{ id: 'copied', code }], {
				goMode: 'programs',
				timeoutMs: 120_000,
			});
			expect(server.requests).toHaveLength(1);
			const received = server.requests[0]!;
			expect(received.headers.filter(([name]) => name.toLowerCase() === 'authorization')).toEqual([
				['Authorization', headerValue(built.request.headers, 'Authorization')],
			]);
			expect(received.target).toBe(built.request.url.slice(profile.baseUrl.length));
		} finally {
			await server.close();
		}
	});
}
