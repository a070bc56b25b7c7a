import { expect, test } from '@playwright/test';
import { loadProfile } from '../support/profiles.ts';
import { PlaygroundPage } from './support/playground-page.ts';
import { sitePage } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a share link round trip restores everything except secrets', async ({ page, context }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.api.selectOption('leadconduit');
	await playground.format.selectOption('user-password');
	await playground.field('Username').fill('Ada Lovelace');
	await playground.field('Password').fill('pw-Secret-4242');
	await playground.tab('go').click();
	await playground.envSwitch.click();
	await playground.copyLink.click();
	await expect(page.getByText('Link copied. It holds no key, password or token.')).toBeVisible();
	const link = await playground.clipboard();
	expect(new URL(link).pathname).toBe(sitePage('/playground/'));
	expect(link).not.toContain('pw-Secret-4242');
	expect(decodeURIComponent(link)).not.toContain('pw-Secret-4242');

	const opened = new PlaygroundPage(await context.newPage());
	await opened.page.goto(link);
	await expect(opened.api).toHaveValue('leadconduit');
	await expect(opened.scheme).toHaveValue('basic');
	await expect(opened.format).toHaveValue('user-password');
	await expect(opened.field('Username')).toHaveValue('Ada Lovelace');
	await expect(opened.field('Password')).toHaveValue('');
	await expect(opened.tab('go')).toHaveAttribute('aria-selected', 'true');
	await expect(opened.envSwitch).not.toBeChecked();
	// The password stayed behind: the header carries the username alone.
	await expect(opened.header).toHaveText(`Authorization: Basic ${btoa('Ada Lovelace:')}`);
});

test('switching API through a link brings that API example key, never a key from the link', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto('api=leadterra&key=sk_live_planted');
	await expect(playground.api).toHaveValue('leadterra');
	await expect(playground.field('API key')).toHaveValue(loadProfile('leadterra').exampleKey);
	await expect(
		page.getByText('Ignored in the link: key (secrets are never read from a link).'),
	).toBeVisible();
});

test('the address bar follows the page state, without secrets', async ({ page }) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.api.selectOption('leadterra');
	await playground.field('API key').fill('sk_live_not-in-the-url');
	await playground.tab('python').click();
	await expect.poll(() => new URL(page.url()).hash).toBe('#api=leadterra&lang=python');
	expect(page.url()).not.toContain('not-in-the-url');
});

test('a link followed on the open page (hash change) is applied, keeping the key already typed for that API', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.field('API key').fill('typed-key-123');
	await page.evaluate(() => {
		location.hash = 'api=lemlist&lang=javascript';
	});
	await expect(playground.tab('javascript')).toHaveAttribute('aria-selected', 'true');
	await expect(playground.field('API key')).toHaveValue('typed-key-123');
});
