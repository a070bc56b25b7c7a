import { expect, test, type Page } from '@playwright/test';
import { PlaygroundPage } from './support/playground-page.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Secret inputs by accessible name; any that a configuration shows gets a canary. */
const secretInputs = ['Password', 'API key', 'Token', 'Client secret'] as const;

/** Every configuration that shows a secret input: each Basic layout, Bearer, OAuth 2.0. */
const configurations = [
	{ api: 'lemlist', scheme: 'basic', format: 'user-password' },
	{ api: 'lemlist', scheme: 'basic', format: 'empty-username' },
	{ api: 'leadconduit', scheme: 'basic', format: 'any-username' },
	{ api: 'lemlist', scheme: 'basic', format: 'key-as-username' },
	{ api: 'leadterra', scheme: 'bearer', format: undefined },
	{ api: 'example-api', scheme: 'oauth2', format: undefined },
] as const;

/** Everything that leaves the page or outlives it. */
interface Sinks {
	requests: string[];
	console: string[];
	copied: string[];
}

function watch(page: Page): Sinks {
	const sinks: Sinks = { requests: [], console: [], copied: [] };
	page.on('request', (request) =>
		sinks.requests.push(
			[
				request.method(),
				request.url(),
				JSON.stringify(request.headers()),
				request.postData() ?? '',
			].join('\n'),
		),
	);
	page.on('console', (message) => sinks.console.push(message.text()));
	page.on('pageerror', (error) => sinks.console.push(String(error)));
	return sinks;
}

/** The forms a canary could take on the way out: raw, URL-encoded, Base64 (alone or after a colon). */
function disguises(canary: string): string[] {
	const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
	return [
		canary,
		encodeURIComponent(canary),
		utf8(canary),
		utf8(`:${canary}`),
		utf8(`${canary}:`),
	].map((form) => form.replace(/=+$/, ''));
}

test('a canary typed into every secret field of every island never leaves the page or persists', async ({
	page,
	context,
}) => {
	test.slow();
	const sinks = watch(page);
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const canaries: string[] = [];
	for (const [index, configuration] of configurations.entries()) {
		await playground.api.selectOption(configuration.api);
		await playground.scheme.selectOption(configuration.scheme);
		if (configuration.format) await playground.format.selectOption(configuration.format);
		for (const name of secretInputs) {
			const input = playground.root.getByRole('textbox', { name, exact: true });
			if (!(await input.isVisible())) continue;
			// Letters and digits only: a valid key, token and password in every scheme, so every output is built from it.
			const canary = `CaNaRy${index}x${name.replace(/\W/g, '')}x${Date.now().toString(36)}`;
			canaries.push(canary);
			await input.fill(canary);
		}
		await expect(playground.header).toHaveText(/^Authorization: /);
		await playground.send.click();
		await expect(page.getByText(/answered \d{3}/)).toBeVisible();
		await playground.copySnippet.click();
		sinks.copied.push(await playground.clipboard());
		await playground.copyLink.click();
		sinks.copied.push(await playground.clipboard());
	}
	expect(canaries.length).toBeGreaterThanOrEqual(configurations.length);
	// The address bar is written after a pause in typing: wait until that write is done, not for a guess at its delay.
	await expect(playground.root.locator('ap-share-link[data-restore]')).not.toHaveAttribute(
		'data-busy',
	);
	await expect
		.poll(async () =>
			Number(
				(await playground.root
					.locator('ap-share-link[data-restore]')
					.getAttribute('data-handled')) ?? '0',
			),
		)
		.toBeGreaterThan(0);
	const stored = await page.evaluate(() =>
		JSON.stringify({
			local: { ...localStorage },
			session: { ...sessionStorage },
			cookie: document.cookie,
			url: location.href,
			history: history.state,
		}),
	);
	const cookies = JSON.stringify(await context.cookies());
	const places = {
		requests: sinks.requests.join('\n'),
		console: sinks.console.join('\n'),
		copied: sinks.copied.join('\n'),
		stored,
		cookies,
		url: page.url(),
	};
	for (const canary of canaries) {
		for (const form of disguises(canary)) {
			for (const [place, text] of Object.entries(places))
				expect(text, `${canary} (${form}) in ${place}`).not.toContain(form);
		}
	}
	// The test can fail: the canaries did reach the page's outputs.
	await expect(playground.header).toContainText('Authorization: Bearer CaNaRy');
});
