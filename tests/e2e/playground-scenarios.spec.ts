/**
 * Every answer the error reference lists for an API can be reached on /playground/ through what a
 * reader sees: pick the API, pick the Scenario, press Send. The status, the WWW-Authenticate field
 * and the body must equal the reference entry byte for byte, at a 390 px viewport that never
 * scrolls sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { PlaygroundPage } from './support/playground-page.ts';

interface HttpText {
	readonly status: string;
	readonly wwwAuthenticate: string | null;
	readonly body: string;
}

/** A response as an HTTP client prints it, read back: status line, one header field, body. */
function parseHttp(text: string): HttpText {
	const split = text.indexOf('\n\n');
	const head = text.slice(0, split).split('\n');
	const challenge = head.find((line) => line.toLowerCase().startsWith('www-authenticate:'));
	return {
		status: head[0] ?? '',
		wwwAuthenticate: challenge ? challenge.slice(challenge.indexOf(':') + 1).trim() : null,
		body: text.slice(split + 2),
	};
}

/** Every (API name, code) the reference shows an example for, with the example's text. */
async function referenceExamples(
	page: Page,
): Promise<{ api: string; code: string; text: string }[]> {
	await page.goto('/reference/errors/');
	const labelled = await page.locator('pre[aria-label$=" response"]').evaluateAll((nodes) =>
		nodes.map((node) => ({
			label: node.getAttribute('aria-label') ?? '',
			text: node.textContent ?? '',
		})),
	);
	return labelled
		.map(({ label, text }) => {
			const [api, rest] = label.split(': ');
			return { api: api ?? '', code: (rest ?? '').replace(/ response$/, ''), text };
		})
		.filter((example) => example.api !== 'Any API');
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
	);
}

test('every (API, code) of the error reference is reached with Scenario and Send, byte for byte', async ({
	page,
}) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const examples = await referenceExamples(page);
	expect(examples.length).toBeGreaterThan(60);
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const scenario = page.getByRole('combobox', { name: 'Scenario', exact: true });
	const misses: string[] = [];
	let reached = 0;
	let api = '';
	for (const example of examples.toSorted((a, b) => a.api.localeCompare(b.api))) {
		if (example.api !== api) {
			await playground.api.selectOption({ label: example.api });
			api = example.api;
		}
		const offered = await scenario.locator(`option[value="${example.code}"]`).count();
		if (offered === 0) {
			misses.push(`${api} ${example.code}: no such Scenario option`);
			continue;
		}
		await scenario.selectOption(example.code);
		await playground.send.click();
		await expect(playground.response).toBeVisible();
		const seen = parseHttp((await playground.response.textContent()) ?? '');
		const expected = parseHttp(example.text);
		if (JSON.stringify(seen) === JSON.stringify(expected)) reached++;
		else
			misses.push(
				`${api} ${example.code}: saw ${JSON.stringify(seen)}, the reference shows ${JSON.stringify(expected)}`,
			);
		if (!(await noSidewaysScroll(page)))
			misses.push(`${api} ${example.code}: the page scrolls sideways at 390 px`);
	}
	console.log(`reached ${reached} of ${examples.length}`);
	expect(misses).toEqual([]);
	expect(reached).toBe(examples.length);
});

test('the Scenario travels in the share link and opens the same answer', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto('api=leadterra&scenario=test-key-live-only');
	await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(
		'test-key-live-only',
	);
	await playground.send.click();
	await expect(playground.response).toContainText('HTTP/1.1 403 Forbidden');
	await expect(playground.response).toContainText('A test key cannot act on live resources.');
	await expect(page.getByText('Scenario: The workspace has no sandbox')).toBeVisible();
});

test('a revoked key and an unknown key get the same response on the wire', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto('api=example-api');
	const scenario = page.getByRole('combobox', { name: 'Scenario', exact: true });
	const wire = async (code: string) => {
		await scenario.selectOption(code);
		await playground.send.click();
		await expect(playground.response).toBeVisible();
		// Everything but the Date field, which may tick between the two sends.
		return ((await playground.response.textContent()) ?? '').replace(/^Date: .*$/m, '');
	};
	const revoked = await wire('revoked-api-key');
	const unknown = await wire('invalid-api-key');
	expect(revoked).toContain('HTTP/1.1 401 Unauthorized');
	expect(revoked).toBe(unknown);
});

test('Send as typed sends what the builder refuses, and the API answers the mistake', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const playground = new PlaygroundPage(page);
	await playground.goto('api=leadterra');
	await playground.field('API key').fill('');
	const typed = page.getByRole('button', { name: 'Send as typed', exact: true });
	await expect(typed).toBeVisible();
	await typed.click();
	await expect(playground.response).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(playground.response).toContainText('No Authorization header was sent.');
	await expect(
		page
			.locator('ap-response-panel')
			.getByRole('link', { name: /\(missing-api-key\) in the error reference/ }),
	).toBeVisible();
	await expect(
		page.locator('ap-response-panel').getByRole('link', { name: 'empty-credentials' }),
	).toHaveAttribute('href', '/troubleshooting/#empty-credentials');
	await playground.field('API key').fill('Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6');
	await expect(playground.response).toBeHidden();
	await typed.click();
	await expect(playground.response).toContainText(
		'The Authorization header must be: Bearer sk_live_...',
	);
	expect(await noSidewaysScroll(page)).toBe(true);
});
