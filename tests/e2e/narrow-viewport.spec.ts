/**
 * At a 390 px viewport (a common phone) no page scrolls sideways: every page of the built sitemap
 * as it opens, and the states the island tests reach (a key shown whole, editors open, findings
 * listed, a burst sent). Wide content (tables, code) must wrap or scroll inside its own box. The
 * playground's Scenario answers are checked at 390 px in playground-scenarios.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { everyPagePath } from './support/sitemap.ts';
import { sitePage } from './support/site.ts';

test.use({ viewport: { width: 390, height: 844 } });

/** What sticks out of the page at the right edge: the widest few elements, for the message. */
async function sidewaysScroll(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const root = document.documentElement;
		if (root.scrollWidth <= root.clientWidth) return [];
		const limit = root.clientWidth;
		const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
			.filter((element) => element.getBoundingClientRect().right > limit + 0.5)
			.filter(
				(element) =>
					!element.parentElement ||
					element.parentElement.getBoundingClientRect().right <= limit + 0.5,
			)
			.slice(0, 5)
			.map(
				(element) =>
					`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} right=${Math.round(element.getBoundingClientRect().right)}`,
			);
		return [`scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`, ...wide];
	});
}

for (const path of everyPagePath()) {
	test(`${path} does not scroll sideways at 390 px`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('load');
		expect(await sidewaysScroll(page)).toEqual([]);
	});
}

test('the check reports a page that scrolls sideways', async ({ page }) => {
	await page.goto(sitePage('/'));
	await page.evaluate(() => {
		const wide = document.createElement('div');
		wide.style.width = '600px';
		wide.style.height = '1px';
		document.body.append(wide);
	});
	expect((await sidewaysScroll(page))[0]).toMatch(/^scrollWidth \d+ > clientWidth 390$/);
});

test('the key manager with a key shown, editors open and a rotated key does not scroll sideways', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.goto(sitePage('/guides/api-keys/'));
	const manager = page.locator('ap-key-manager');
	const button = (name: string) => manager.getByRole('button', { name, exact: true });
	for (const api of ['lemlist', 'Leadterra', 'LeadConduit', 'Example API']) {
		await manager.getByRole('combobox', { name: 'Keys for API' }).selectOption(api);
		await expect(manager.getByRole('table')).toContainText(`simulated ${api} account`);
		await manager
			.getByRole('textbox', { name: 'Key name', exact: true })
			.fill(`Nightly CRM import ${api}`);
		await button('Create key').click();
		await expect(manager.locator('[data-secret]')).toBeVisible();
		expect(await sidewaysScroll(page), `${api}: key shown`).toEqual([]);
		await button('Done').click();
		await button(`Rotate Nightly CRM import ${api}`).click();
		expect(await sidewaysScroll(page), `${api}: rotate editor`).toEqual([]);
		await button(`Rotate key Nightly CRM import ${api}`).click();
		await button('Done').click();
		await button('Rename Example key').click();
		expect(await sidewaysScroll(page), `${api}: rename editor, rotated key`).toEqual([]);
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByLabel('Response', { exact: true })).toBeVisible();
		expect(await sidewaysScroll(page), `${api}: response`).toEqual([]);
	}
});

test('the header doctor with findings on a long paste does not scroll sideways', async ({
	page,
}) => {
	await page.goto(sitePage('/troubleshooting/'));
	const input = page.getByLabel('Header or cURL command to check');
	await input.fill(
		`curl -H "Authorization: Bearer “sk_live_${'x'.repeat(120)}”" https://api.example.com/v1/contacts?api_key=${'y'.repeat(80)}`,
	);
	await expect(
		page.getByRole('button', { name: 'Copy link to this finding' }).first(),
	).toBeVisible();
	expect(await sidewaysScroll(page)).toEqual([]);
});

test('the OAuth flow run to the API call does not scroll sideways', async ({ page }) => {
	await page.goto(sitePage('/guides/oauth2/'));
	const flow = page.locator('ap-oauth-flow');
	const button = (name: string) => flow.getByRole('button', { name, exact: true });
	await button('Approve').click();
	expect(await sidewaysScroll(page), 'approved').toEqual([]);
	await button('Exchange the code').click();
	expect(await sidewaysScroll(page), 'token').toEqual([]);
	await button('Call the API').click();
	await expect(button('Call the API')).toBeVisible();
	expect(await sidewaysScroll(page), 'API called').toEqual([]);
});

test('the burst simulator after a burst does not scroll sideways', async ({ page }) => {
	await page.goto(sitePage('/guides/rate-limits/'));
	const burst = page.locator('ap-burst');
	await burst.getByRole('button', { name: 'Send burst', exact: true }).click();
	await expect(burst.getByLabel('First refused response', { exact: true })).toBeVisible();
	expect(await sidewaysScroll(page)).toEqual([]);
});

test('the playground OAuth 2.0 grant flow, each grant with its first step sent, does not scroll sideways', async ({
	page,
}) => {
	await page.goto(sitePage('/playground/'));
	await page
		.getByRole('combobox', { name: 'API', exact: true })
		.selectOption({ label: 'Example API' });
	await page
		.getByRole('combobox', { name: 'Scheme', exact: true })
		.selectOption({ label: 'OAuth 2.0' });
	const flow = page.locator('ap-oauth-grants');
	const grant = flow.getByRole('combobox', { name: 'Grant', exact: true });
	for (const label of await grant.getByRole('option').allTextContents()) {
		await grant.selectOption({ label });
		expect(await sidewaysScroll(page), `${label}: chosen`).toEqual([]);
		// A grant that continues another (refresh) has its first step disabled until then.
		const run = flow.getByRole('button', { name: 'Run this step', exact: true }).first();
		if (!(await run.isEnabled())) continue;
		await run.click();
		await expect(
			flow.getByLabel('Step response', { exact: true }).filter({ visible: true }).first(),
		).toBeVisible();
		expect(await sidewaysScroll(page), `${label}: first step sent`).toEqual([]);
	}
});
