/**
 * A press that comes before an island's element is defined, while its own script is still on the
 * way, is replayed once it is defined (kit/EarlyPresses.astro), and a form submitted meanwhile does
 * not reload the page. Each test holds back the island's entry script, proves the element is not
 * defined yet, presses as a reader would, releases the script and checks the result. Without the
 * catcher the OAuth flow's Approve was lost: a run in CI clicked it as the page opened.
 */
import { expect, test, type Page } from '@playwright/test';
import { holdChunk } from './support/flows.ts';
import { sitePage } from './support/site.ts';

/** The built entry script of an Astro component's `<script>`, as holdChunk names chunks. */
const entryOf = (component: string) => `${component}.astro_astro_type_script_index_0_lang`;

/** Opens `path` with `component`'s script held back and `tag` still undefined; returns the release. */
async function openBefore(
	page: Page,
	path: string,
	component: string,
	tag: string,
): Promise<() => void> {
	const release = await holdChunk(page, entryOf(component));
	// The held module script delays DOMContentLoaded and load, so wait for the response only.
	await page.goto(sitePage(path), { waitUntil: 'commit' });
	await expect(page.locator(tag).first()).toBeVisible();
	await expectUndefined(page, tag);
	return release;
}

async function expectUndefined(page: Page, tag: string): Promise<void> {
	expect(await page.evaluate((name) => customElements.get(name) === undefined, tag)).toBe(true);
}

test('Approve pressed before the OAuth flow is defined gives the code once it is', async ({
	page,
}) => {
	const release = await openBefore(page, '/guides/oauth2/', 'OAuthFlow', 'ap-oauth-flow');
	const flow = page.locator('ap-oauth-flow');
	const button = (name: string) => flow.getByRole('button', { name, exact: true });
	await button('Approve').click();
	await expectUndefined(page, 'ap-oauth-flow');
	release();
	await expect(button('Exchange the code')).toBeEnabled();
	await button('Exchange the code').click();
	await expect(button('Call the API')).toBeEnabled();
});

test('a key created before the key manager is defined is created once, without a reload', async ({
	page,
}) => {
	const release = await openBefore(page, '/guides/api-keys/', 'KeyManager', 'ap-key-manager');
	const manager = page.locator('ap-key-manager');
	const name = manager.getByRole('textbox', { name: 'Key name', exact: true });
	await name.fill('Early bird');
	await name.press('Enter');
	await expectUndefined(page, 'ap-key-manager');
	release();
	await expect(manager.locator('[data-secret]')).toHaveText(/^ex_live_[A-Za-z0-9]{16,}$/);
	await expect(manager.getByRole('rowheader', { name: 'Early bird', exact: true })).toHaveCount(1);
	expect(new URL(page.url()).search).toBe('');
	await expect(name).toHaveValue('');
});

test('Send burst pressed before the burst simulator is defined sends the burst once it is', async ({
	page,
}) => {
	const release = await openBefore(page, '/guides/rate-limits/', 'BurstSimulator', 'ap-burst');
	const burst = page.locator('ap-burst');
	await burst.getByRole('textbox', { name: 'Requests', exact: true }).fill('7');
	await burst.getByRole('button', { name: 'Send burst', exact: true }).click();
	await expectUndefined(page, 'ap-burst');
	release();
	await expect(
		burst.getByRole('region', { name: 'Each request of the burst' }).getByRole('listitem'),
	).toHaveCount(7);
});

test('a snippet tab chosen before the tabs are defined is shown once they are', async ({
	page,
}) => {
	const release = await openBefore(page, '/playground/', 'SnippetTabs', 'ap-snippet-tabs');
	const tabs = page.locator('ap-snippet-tabs');
	const python = tabs.getByRole('tab', { name: 'Python', exact: true });
	await python.click();
	await expectUndefined(page, 'ap-snippet-tabs');
	release();
	await expect(python).toHaveAttribute('aria-selected', 'true');
	await expect(tabs.getByRole('tabpanel')).toContainText('import requests');
});

test('an example checked before the header doctor is defined is checked once it is', async ({
	page,
}) => {
	const release = await openBefore(page, '/troubleshooting/', 'HeaderDoctor', 'ap-header-doctor');
	const section = page.locator('section#lowercase-scheme');
	await section.getByRole('button', { name: 'Check this example' }).click();
	await expectUndefined(page, 'ap-header-doctor');
	release();
	const input = page.getByLabel('Header or cURL command to check');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue(/^Authorization: bearer /);
});

test('a switch turned off before the snippet tabs are defined stays off once they are', async ({
	page,
}) => {
	const release = await openBefore(page, '/playground/', 'SnippetTabs', 'ap-snippet-tabs');
	const tabs = page.locator('ap-snippet-tabs');
	const useEnv = tabs.getByRole('switch', { name: 'Use environment variable', exact: true });
	await useEnv.uncheck();
	await expectUndefined(page, 'ap-snippet-tabs');
	release();
	await expect(tabs.locator('[data-inline-warning]')).toBeVisible();
	await expect(useEnv).not.toBeChecked();
	await expect(tabs.getByRole('tabpanel')).not.toContainText('LEMLIST_API_KEY');
});

test('an API chosen and a key typed before the builder is defined are both used once it is', async ({
	page,
}) => {
	const release = await openBefore(page, '/playground/', 'RequestBuilder', 'ap-request-builder');
	await page
		.getByRole('combobox', { name: 'API', exact: true })
		.selectOption({ label: 'Example API' });
	const key = page.getByRole('textbox', { name: 'API key', exact: true });
	await key.fill('ex_live_TypedBeforeTheCode');
	await expectUndefined(page, 'ap-request-builder');
	release();
	await expect(page.locator('ap-request-builder output').first()).toHaveText(
		'Authorization: Bearer ex_live_TypedBeforeTheCode',
	);
	await expect(key).toHaveValue('ex_live_TypedBeforeTheCode');
});
