import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { openWith } from './support/flows.ts';

/** 200 strings per field: any text, any code unit (lone surrogates included), and the usual suspects. */
function fuzzValues(seed: number): string[] {
	const hostile = fc.constantFrom(
		'\r\nX-Injected: 1',
		'</script><script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'\u200b\ufeff',
		'"quoted"',
		' '.repeat(300),
		'é'.repeat(2000),
		'%00%0d%0a',
		'{{}}${x}',
	);
	return fc.sample(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 64 }), hostile), {
		numRuns: 200,
		seed,
	});
}

/** Every console error and uncaught exception from now on. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		// The CSP report about an inline stylesheet comes from the build, not from what is typed.
		if (
			message.type() === 'error' &&
			!/Content Security Policy directive 'style-src/.test(message.text())
		)
			errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(String(error)));
	return errors;
}

test('the OAuth flow takes 200 random strings in each field without a console error or stray markup', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const errors = collectErrors(page);
	await openWith(page, '/guides/oauth2/', ['ap-oauth-flow']);
	const flow = page.locator('ap-oauth-flow');
	for (const [index, name] of ['Client ID', 'Client secret', 'Redirect URI', 'Scopes'].entries()) {
		const field = flow.getByRole('textbox', { name, exact: true });
		for (const value of fuzzValues(index + 1)) await field.fill(value);
		await field.fill('');
	}
	await expect(flow.locator('img, script:not([type="application/json"])')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('the key manager and the burst take 200 random strings in each field without a console error', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const errors = collectErrors(page);
	await openWith(page, '/guides/api-keys/', ['ap-key-manager']);
	const manager = page.locator('ap-key-manager');
	const name = manager.getByRole('textbox', { name: 'Key name', exact: true });
	for (const value of fuzzValues(7).slice(0, 60)) {
		await name.fill(value);
		await manager.getByRole('button', { name: 'Create key', exact: true }).click();
	}
	await expect(manager.locator('img, script:not([type="application/json"])')).toHaveCount(0);

	await openWith(page, '/guides/rate-limits/', ['ap-burst']);
	const burst = page.locator('ap-burst');
	for (const [index, label] of ['Requests', 'Interval between requests (ms)'].entries()) {
		const field = burst.getByRole('textbox', { name: label, exact: true });
		for (const value of fuzzValues(index + 11)) await field.fill(value);
	}
	expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the OAuth flow shows its form, the token request shape and why the URL needs the browser', async ({
		page,
	}) => {
		await page.goto('/guides/oauth2/');
		const flow = page.locator('ap-oauth-flow');
		await expect(flow.getByRole('textbox', { name: 'Client ID', exact: true })).toHaveValue(
			'example-api-web-app',
		);
		await expect(flow.getByRole('textbox', { name: 'Redirect URI', exact: true })).toHaveValue(
			'https://app.example.com/callback',
		);
		await expect(flow.getByLabel('Authorization URL', { exact: true })).toContainText(
			'&state=STATE_IS_MADE_IN_YOUR_BROWSER_AS_FLOW_LOADS&code_challenge=CHALLENGE_IS_THE_VERIFIER_HASHED_IN_BROWSER&',
		);
		await expect(flow.getByLabel('Token request', { exact: true })).toContainText(
			'POST /oauth/token HTTP/1.1',
		);
		await expect(flow.getByLabel('Token request', { exact: true })).not.toContainText(
			'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
		);
	});

	test('the key manager lists the example key, masked, and the burst shows its tiers', async ({
		page,
	}) => {
		await page.goto('/guides/api-keys/');
		await expect(
			page.locator('ap-key-manager').getByRole('row', { name: /Example key/ }),
		).toContainText('ex_live_…8Zb3');
		await page.goto('/guides/rate-limits/');
		await expect(page.locator('ap-burst').getByRole('combobox', { name: 'Tier' })).toHaveValue(
			'Free',
		);
		await expect(
			page.locator('ap-burst').getByRole('textbox', { name: 'Requests', exact: true }),
		).toHaveValue('55');
	});
});

test('secret inputs opt out of spellcheck, autofill and password managers', async ({ page }) => {
	await openWith(page, '/guides/oauth2/', ['ap-oauth-flow']);
	const secret = page
		.locator('ap-oauth-flow')
		.getByRole('textbox', { name: 'Client secret', exact: true });
	for (const [name, value] of [
		['spellcheck', 'false'],
		['autocomplete', 'off'],
		['data-1p-ignore', ''],
		['data-lpignore', 'true'],
		['data-bwignore', ''],
		['data-form-type', 'other'],
	]) {
		await expect(secret, name).toHaveAttribute(name!, value!);
	}
});
