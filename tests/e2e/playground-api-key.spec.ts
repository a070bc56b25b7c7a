import { expect, test, type Page } from '@playwright/test';
import { buildApiKeyRequest, type KeyPlacement } from '../../src/lib/auth/index.ts';
import { languages } from '../../src/lib/share/index.ts';
import { emitSnippets } from '../../src/lib/snippets/index.ts';
import { loadProfile } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';
import { sitePage } from './support/site.ts';

// The apiKey scheme on /playground/: a key in a header of its own or in a query parameter. The
// builder shows the header line or the URL, the snippets are exactly what the core emits, and the
// simulated API answers from where its profile says it reads the key. Figma reads X-Figma-Token.
const figma = loadProfile('figma');

async function openOnFigma(page: Page): Promise<PlaygroundPage> {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.api.selectOption('figma');
	await expect(playground.scheme.locator('option:checked')).toHaveText(
		'API key in a header or query',
	);
	return playground;
}

function keyIn(playground: PlaygroundPage) {
	return playground.root.getByRole('combobox', { name: 'Key goes in', exact: true });
}

function keyName(playground: PlaygroundPage) {
	return playground.root.getByRole('textbox', { name: 'Header or parameter name', exact: true });
}

/** Every snippet on the page equals what the core emits for `key` sent where `placement` says. */
async function expectSnippets(playground: PlaygroundPage, key: string, placement: KeyPlacement) {
	const built = buildApiKeyRequest(figma, key, placement);
	if (!built.ok) throw new Error('the core refused the key');
	const expected = emitSnippets(built.request);
	if (!expected.ok) throw new Error(expected.error.message);
	// The snippet tabs load their emitters on first use and redraw after the builder: poll, as a
	// reader would look again, until each tab shows what the core emits.
	for (const language of languages)
		await expect.poll(() => playground.snippet(language)).toBe(expected.snippets[language]);
	return built.request;
}

async function expectReferenceLink(page: Page, code: string) {
	const link = page
		.locator('ap-response-panel')
		.getByRole('link', { name: new RegExp(`\\(${code}\\) in the error reference`) });
	await expect(link).toHaveAttribute('href', sitePage(`/reference/errors/#${code}`));
}

test("a key in the API's own header: its header line, the snippets, then 200 and a 401 without a challenge", async ({
	page,
}) => {
	const playground = await openOnFigma(page);
	await expect(keyIn(playground).locator('option:checked')).toHaveText('A header');
	await expect(keyName(playground)).toHaveValue('X-Figma-Token');
	const header = playground.root.getByLabel('X-Figma-Token header', { exact: true });
	await expect(header).toHaveText(`X-Figma-Token: ${figma.exampleKey}`);
	const snippets = await expectSnippets(playground, figma.exampleKey, figma.auth as KeyPlacement);
	expect(snippets.url).toBe(`${figma.baseUrl}${figma.sampleEndpoint.path}`);
	expect(await playground.snippet('curl')).toContain(`-H "X-Figma-Token: \${FIGMA_API_KEY}"`);

	await playground.send.click();
	await expect(playground.response).toContainText('HTTP/1.1 200 OK');
	await expect(playground.response).toContainText(figma.sampleEndpoint.responseBody);

	await playground.field('API key').fill('figma_not-the-key');
	await expect(header).toHaveText('X-Figma-Token: figma_not-the-key');
	await playground.send.click();
	await expect(playground.response).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(playground.response).toContainText(figma.errors['invalid-api-key']!.body);
	await expect(playground.response).not.toContainText('WWW-Authenticate');
	await expectReferenceLink(page, 'invalid-api-key');
});

test('a key in a query parameter: the URL with the key percent-encoded, the snippets, and a 401 from an API that reads a header', async ({
	page,
}) => {
	const playground = await openOnFigma(page);
	await keyIn(playground).selectOption('query');
	await keyName(playground).fill('api_key');
	const key = 'figma_a&b=c/d+e';
	await playground.field('API key').fill(key);
	const url = playground.root.getByLabel('Request URL, key in the query', { exact: true });
	await expect(url).toHaveText(
		`GET ${figma.baseUrl}${figma.sampleEndpoint.path}?api_key=figma_a%26b%3Dc%2Fd%2Be`,
	);
	const request = await expectSnippets(playground, key, { in: 'query', name: 'api_key' });
	expect(request.headers.map(([name]) => name.toLowerCase())).not.toContain('x-figma-token');

	// Figma reads only X-Figma-Token: a key in the query does not count, whatever its value.
	await playground.send.click();
	await expect(playground.response).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(playground.response).toContainText(figma.errors['missing-api-key']!.body);
	await expect(playground.response).not.toContainText('WWW-Authenticate');
	await expectReferenceLink(page, 'missing-api-key');

	// Back in the header Figma reads, the same page answers 200.
	await keyIn(playground).selectOption('header');
	await keyName(playground).fill('X-Figma-Token');
	await playground.field('API key').fill(figma.exampleKey);
	await playground.send.click();
	await expect(playground.response).toContainText('HTTP/1.1 200 OK');
});
