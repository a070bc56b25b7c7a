import { expect, test } from '@playwright/test';
import { loadProfile } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';
import { sitePage } from './support/site.ts';

test('Send with the example key shows 200, the headers and the sample body as an HTTP client prints them', async ({
	page,
}) => {
	const requests: string[] = [];
	const playground = new PlaygroundPage(page);
	await playground.goto();
	page.on('request', (request) => requests.push(request.url()));
	await playground.send.click();
	const profile = loadProfile('lemlist');
	await expect(playground.response).toContainText(
		/^HTTP\/1\.1 200 OK\nDate: .+ GMT\nContent-Type: application\/json; charset=utf-8\nContent-Length: \d+\n/,
	);
	await expect(playground.response).toContainText(`\n\n${profile.sampleEndpoint.responseBody}`);
	await expect(page.getByText('lemlist accepted the credentials')).toBeVisible();
	// The simulated API runs in the page: at most the mock module itself is fetched.
	expect(requests.filter((url) => !url.includes('/_astro/'))).toEqual([]);
});

const refusals = [
	{
		name: 'an unknown key',
		api: 'lemlist',
		act: { field: 'API key', value: 'not-a-real-key' },
		status: '401 Unauthorized',
		code: 'invalid-api-key',
		body: '{"message":"Unauthorized: unknown API key"}',
	},
	{
		name: 'Bearer sent to a Basic API',
		api: 'lemlist',
		scheme: 'bearer',
		status: '401 Unauthorized',
		code: 'wrong-scheme',
		body: 'this API uses Basic authentication, not Bearer',
	},
	{
		name: 'the key as the username where the API wants :KEY',
		api: 'lemlist',
		format: 'key-as-username',
		status: '401 Unauthorized',
		code: 'missing-colon',
		body: 'the credentials must be a colon followed by the API key',
	},
	{
		name: 'Basic sent to a Bearer API',
		api: 'leadterra',
		scheme: 'basic',
		status: '401 Unauthorized',
		code: 'wrong-scheme',
		body: '"code":"unauthorized"',
	},
] as const;

for (const refusal of refusals) {
	test(`Send with ${refusal.name} shows ${refusal.status}, why, and the ${refusal.code} entry of the error reference`, async ({
		page,
	}) => {
		const playground = new PlaygroundPage(page);
		await playground.goto();
		await playground.api.selectOption(refusal.api);
		if ('scheme' in refusal) await playground.scheme.selectOption(refusal.scheme);
		if ('format' in refusal) await playground.format.selectOption(refusal.format);
		if ('act' in refusal) await playground.field(refusal.act.field).fill(refusal.act.value);
		await playground.send.click();
		await expect(playground.response).toContainText(`HTTP/1.1 ${refusal.status}`);
		await expect(playground.response).toContainText(/WWW-Authenticate: (Basic|Bearer) realm="/);
		await expect(playground.response).toContainText(refusal.body);
		const link = page
			.locator('ap-response-panel')
			.getByRole('link', { name: new RegExp(`\\(${refusal.code}\\) in the error reference`) });
		await expect(link).toHaveAttribute('href', sitePage(`/reference/errors/#${refusal.code}`));
	});
}

test('after the request changes, the response to the old one is cleared and the panel says why', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.send.click();
	await expect(playground.response).toContainText('200 OK');
	await playground.field('API key').fill('another');
	await expect(playground.response).toBeHidden();
	await expect(
		page.getByText(
			'The request changed, so the response to the previous one was cleared. Send again to see the new answer.',
		),
	).toBeVisible();
});
