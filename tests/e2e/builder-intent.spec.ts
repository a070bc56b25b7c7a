import { expect, test } from '@playwright/test';
import { buildBasicRequest } from '../../src/lib/auth/index.ts';
import { loadProfile } from '../support/profiles.ts';
import { failChunkOnce, holdChunk, openWith, scriptsRequested } from './support/flows.ts';
import { PlaygroundPage } from './support/playground-page.ts';
import { sitePage } from './support/site.ts';

// The builder family on a quickstart (request builder, snippet tabs, response panel) loads the
// code that builds requests and draws the builder on the reader's first intent, not with the
// page: the server rendered every island's first state. Chunks are named by the module they
// start with (playground-build.ts, request-builder-view.ts), never by hash.
const lemlist = loadProfile('lemlist');
const islands = ['ap-request-builder', 'ap-snippet-tabs', 'ap-response-panel'] as const;

/** The Authorization header line the core builds for lemlist's `:KEY` form with `key`. */
function headerFor(key: string): string {
	const built = buildBasicRequest(lemlist, { variant: 'empty-username', key });
	if (!built.ok) throw new Error('the core refused the key');
	const line = built.request.headers.find(([name]) => name === 'Authorization');
	return `Authorization: ${line?.[1]}`;
}

test('a quickstart does not request the builder code until the reader shows intent', async ({
	page,
}) => {
	const scripts = scriptsRequested(page);
	await openWith(page, sitePage('/apis/lemlist/'), islands);
	await page.waitForLoadState('networkidle');
	expect(scripts.has('playground-build')).toBe(false);
	expect(scripts.has('request-builder-view')).toBe(false);
	await new PlaygroundPage(page).field('API key').focus();
	await expect.poll(() => scripts.has('playground-build')).toBe(true);
	await expect.poll(() => scripts.has('request-builder-view')).toBe(true);
});

test('a key typed on a quickstart before the builder code arrives is built once it does', async ({
	page,
}) => {
	const releaseBuild = await holdChunk(page, 'playground-build');
	const releaseView = await holdChunk(page, 'request-builder-view');
	await openWith(page, sitePage('/apis/lemlist/'), islands);
	const playground = new PlaygroundPage(page);
	const key = 'typed-before-the-code-7f3a';
	await playground.field('API key').fill(key);
	// The code is held back: the header is still the one the server rendered.
	await expect(playground.header).toHaveText(headerFor(lemlist.exampleKey));
	releaseBuild();
	releaseView();
	await expect(playground.header).toHaveText(headerFor(key));
	await expect(playground.field('API key')).toHaveValue(key);
	// Every keystroke was applied, in order: the next one lands on the typed key.
	await playground.field('API key').press('End');
	await playground.field('API key').press('9');
	await expect(playground.header).toHaveText(headerFor(`${key}9`));
});

test('Send pressed on a quickstart before the code arrives answers the key typed', async ({
	page,
}) => {
	const release = await holdChunk(page, 'playground-build');
	await openWith(page, sitePage('/apis/lemlist/'), islands);
	const playground = new PlaygroundPage(page);
	await playground.field('API key').fill('not-the-example-key');
	await playground.send.click();
	release();
	await expect(playground.response).toContainText('HTTP/1.1 401');
	await expect(playground.header).toHaveText(headerFor('not-the-example-key'));
});

test('when the builder code fails to arrive, the next keystroke fetches it again and loses nothing', async ({
	page,
}) => {
	await failChunkOnce(page, 'playground-build');
	const scripts = scriptsRequested(page);
	await openWith(page, sitePage('/apis/lemlist/'), islands);
	const playground = new PlaygroundPage(page);
	const field = playground.field('API key');
	await field.fill('dropped-connection');
	await expect.poll(() => scripts.has('playground-build')).toBe(true);
	// The first fetch failed: the header is still the server's.
	await expect(playground.header).toHaveText(headerFor(lemlist.exampleKey));
	await field.press('End');
	await field.press('7');
	await expect(playground.header).toHaveText(headerFor('dropped-connection7'));
});
