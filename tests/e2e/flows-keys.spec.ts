import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	axeViolations,
	expectNoLeak,
	holdChunk,
	openWith,
	scriptsRequested,
	tabTo,
	useTheme,
	watchForLeaks,
} from './support/flows.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The key manager on the API keys guide, with the request builder and response panel below it. */
class KeysPage {
	readonly page: Page;
	readonly manager: Locator;

	constructor(page: Page) {
		this.page = page;
		this.manager = page.locator('ap-key-manager');
	}

	async goto(): Promise<void> {
		await openWith(this.page, '/guides/api-keys/', [
			'ap-key-manager',
			'ap-request-builder',
			'ap-response-panel',
		]);
		await expect(this.row('Example key')).toContainText('Active');
	}

	get name(): Locator {
		return this.manager.getByRole('textbox', { name: 'Key name', exact: true });
	}

	button(name: string | RegExp): Locator {
		return this.manager.getByRole('button', { name, exact: typeof name === 'string' });
	}

	row(name: string): Locator {
		return this.manager
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
	}

	get revealed(): Locator {
		return this.manager.locator('[data-secret]');
	}

	get status(): Locator {
		return this.manager.locator('[data-status]');
	}

	get apiKey(): Locator {
		return this.page.getByRole('textbox', { name: 'API key', exact: true });
	}

	/** Sends the builder's request and returns the response panel's text. */
	async send(): Promise<Locator> {
		await this.page.getByRole('button', { name: 'Send', exact: true }).click();
		const response = this.page.getByLabel('Response', { exact: true });
		await expect(response).toBeVisible();
		return response;
	}

	async create(name: string): Promise<string> {
		await this.name.fill(name);
		await this.button('Create key').click();
		await expect(this.revealed).toHaveText(/^ex_live_[A-Za-z0-9]{16,}$/);
		return (await this.revealed.textContent())!;
	}
}

test('create, copy once, rename, revoke: the response panel then shows 401', async ({ page }) => {
	const keys = new KeysPage(page);
	await keys.goto();
	const value = await keys.create('CI deploy');
	await keys.button('Copy key').click();
	await expect(keys.status).toHaveText('Key copied. Store it now; press Done when it is safe.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
	await keys.button('Done').click();
	await expect(keys.revealed).toBeHidden();
	await expect(keys.manager).not.toContainText(value);
	await expect(keys.row('CI deploy')).toContainText(`ex_live_…${value.slice(-4)}`);
	await expect(keys.row('CI deploy')).toContainText('never');

	await keys.apiKey.fill(await page.evaluate(() => navigator.clipboard.readText()));
	await expect(await keys.send()).toContainText('HTTP/1.1 200 OK');
	await expect(keys.row('CI deploy').getByRole('cell').nth(2)).not.toHaveText('never');

	await keys.button('Rename CI deploy').click();
	const rename = keys.manager.getByRole('textbox', { name: 'New name for “CI deploy”' });
	await expect(rename).toBeFocused();
	await rename.fill('GitHub Actions deploy');
	await rename.press('Enter');
	await expect(keys.row('GitHub Actions deploy')).toBeVisible();
	await expect(keys.button('Rename GitHub Actions deploy')).toBeFocused();

	await keys.button('Revoke GitHub Actions deploy').click();
	await expect(
		keys.manager.getByText('Revoke “GitHub Actions deploy”? Every request that sends it gets 401'),
	).toBeVisible();
	await keys.button('Revoke key GitHub Actions deploy').click();
	await expect(keys.row('GitHub Actions deploy')).toContainText('Revoked at');
	await expect(keys.status).toContainText(
		'“GitHub Actions deploy” is revoked: requests that send it now get 401.',
	);
	await expect(keys.button('Revoke GitHub Actions deploy')).toHaveCount(0);
	const refused = await keys.send();
	await expect(refused).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(
		page.getByRole('link', { name: /\(revoked-api-key\) in the error reference/ }),
	).toHaveAttribute('href', '/reference/errors/#revoked-api-key');
});

test('refuses an empty name in place, with the reason', async ({ page }) => {
	const keys = new KeysPage(page);
	await keys.goto();
	await keys.name.fill('   ');
	await keys.button('Create key').click();
	await expect(keys.name).toHaveAttribute('aria-invalid', 'true');
	await expect(keys.name).toHaveAccessibleDescription(/invalid-key-name: Give the key a name/);
	await expect(keys.revealed).toBeHidden();
});

test('rotation with an overlap keeps the old key working; rotation now revokes it at once', async ({
	page,
}) => {
	const keys = new KeysPage(page);
	await keys.goto();
	// The builder starts with the example key: rotate it with an overlap, it still gets 200.
	await keys.button('Rotate Example key').click();
	await expect(
		keys.manager.getByRole('radio', { name: /Keep it working during an overlap/ }),
	).toBeChecked();
	await keys.manager.getByRole('textbox', { name: 'Overlap in minutes' }).fill('abc');
	await keys.button('Rotate key Example key').click();
	await expect(
		keys.manager.getByRole('textbox', { name: 'Overlap in minutes' }),
	).toHaveAccessibleDescription(/whole number of minutes/);
	await keys.manager.getByRole('textbox', { name: 'Overlap in minutes' }).fill('30');
	await keys.button('Rotate key Example key').click();
	const replacement = (await keys.revealed.textContent())!;
	await expect(keys.status).toContainText('The old key keeps working for 30 minutes.');
	await keys.button('Done').click();
	// The old key is renamed, so the two rows and their buttons have names of their own.
	await expect(keys.row('Example key')).toContainText('Active');
	await expect(keys.row('Example key (replaced)')).toContainText(/Works until/);
	await expect(keys.button('Rotate Example key (replaced)')).toBeVisible();
	await expect(await keys.send()).toContainText('HTTP/1.1 200 OK');

	// Rotate the replacement with no overlap: it is refused at once.
	await keys.apiKey.fill(replacement);
	await expect(await keys.send()).toContainText('HTTP/1.1 200 OK');
	await keys.button('Rotate Example key').click();
	await keys.manager.getByRole('radio', { name: /Revoke it now/ }).check();
	await expect(keys.manager.getByRole('textbox', { name: 'Overlap in minutes' })).toBeDisabled();
	await keys.button('Rotate key Example key').click();
	await expect(keys.status).toContainText('The old key is revoked.');
	await expect(await keys.send()).toContainText('HTTP/1.1 401 Unauthorized');
});

/** The accessible names of the buttons in the key manager that more than one button has. */
async function sharedButtonNames(manager: Locator): Promise<string[]> {
	const names = await manager
		.getByRole('button')
		.evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim() ?? ''));
	return names.filter((name, index) => names.indexOf(name) !== index);
}

test('no two controls share a name after rotations and a refused duplicate name', async ({
	page,
}) => {
	const keys = new KeysPage(page);
	await keys.goto();
	for (const _round of [1, 2]) {
		await keys.button('Rotate Example key').click();
		await keys.button('Rotate key Example key').click();
		await keys.button('Done').click();
	}
	await expect(keys.row('Example key (replaced 2)')).toBeVisible();
	await keys.name.fill('example key');
	await keys.button('Create key').click();
	await expect(keys.name).toHaveAccessibleDescription(
		/Another key is already called “Example key”/,
	);
	expect(await sharedButtonNames(keys.manager)).toEqual([]);
});

// Each API's own key shape, and whether its dashboard shows a key again (keyShownOnce).
const apis = [
	{ name: 'Example API', shape: /^ex_live_[A-Za-z0-9]{16}$/, shownOnce: false },
	{ name: 'LeadConduit', shape: /^[0-9]{10}$/, shownOnce: false },
	{ name: 'Leadterra', shape: /^sk_(live|test)_[A-Za-z0-9]{22}$/, shownOnce: true },
	{ name: 'lemlist', shape: /^[0-9a-f]{32}$/, shownOnce: true },
];
for (const api of apis) {
	test(`manages ${api.name} keys, shown ${api.shownOnce ? 'once' : 'again on request'} as its profile says`, async ({
		page,
	}) => {
		const keys = new KeysPage(page);
		await keys.goto();
		await keys.manager.getByRole('combobox', { name: 'Keys for API' }).selectOption(api.name);
		await expect(keys.manager.getByRole('table')).toContainText(
			`API keys of this simulated ${api.name} account`,
		);
		await expect(page.getByRole('combobox', { name: 'API', exact: true })).toHaveValue(
			await keys.manager.getByRole('combobox', { name: 'Keys for API' }).inputValue(),
		);
		await keys.name.fill('Zapier');
		await keys.button('Create key').click();
		await expect(keys.revealed).toHaveText(api.shape);
		const value = (await keys.revealed.textContent())!;
		await expect(keys.manager.locator('.ap-warning:visible')).toContainText(
			api.shownOnce ? 'once you press Done' : 'shows a key again',
		);
		await keys.button('Use it in the request below').click();
		await expect(await keys.send()).toContainText('HTTP/1.1 200 OK');
		await keys.button('Done').click();
		await expect(keys.revealed).toBeHidden();
		if (api.shownOnce) {
			await expect(keys.button(/^Show /)).toHaveCount(0);
		} else {
			await keys.button('Show Zapier').click();
			await expect(keys.revealed).toHaveText(value);
		}
	});
}

test('the new key never reaches a URL, storage, the console or any request', async ({ page }) => {
	const watch = watchForLeaks(page);
	const keys = new KeysPage(page);
	await keys.goto();
	const value = await keys.create('Canary');
	await keys.button('Use it in the request below').click();
	await expect(keys.apiKey).toHaveValue(value);
	await keys.send();
	await keys.button('Done').click();
	await expectNoLeak(page, watch, value);
});

test('loads the key operations on the first focus, not with the page', async ({ page }) => {
	const scripts = scriptsRequested(page);
	const keys = new KeysPage(page);
	await keys.goto();
	await page.waitForLoadState('networkidle');
	expect(scripts.has('key-manager-run')).toBe(false);
	await keys.name.focus();
	await expect.poll(() => scripts.has('key-manager-run')).toBe(true);
});

test('a key typed and submitted before the code arrives is created', async ({ page }) => {
	const release = await holdChunk(page, 'key-manager-run');
	const keys = new KeysPage(page);
	await keys.goto();
	await keys.name.fill('Early bird');
	await keys.name.press('Enter');
	await expect(keys.revealed).toBeHidden();
	release();
	await expect(keys.revealed).toHaveText(/^ex_live_[A-Za-z0-9]{16,}$/);
	await expect(keys.button('Copy key')).toBeFocused();
	await expect(keys.row('Early bird')).toContainText('Active');
});

test("the example key's buttons are there before the code and act once it arrives", async ({
	page,
}) => {
	const release = await holdChunk(page, 'key-manager-run');
	const keys = new KeysPage(page);
	await keys.goto();
	await keys.button('Rotate Example key').click();
	release();
	await expect(
		keys.manager.getByRole('radio', { name: /Keep it working during an overlap/ }),
	).toBeFocused();
});

test('a request sent before anyone touches the key manager shows in its last used', async ({
	page,
}) => {
	const keys = new KeysPage(page);
	await keys.goto();
	await expect(keys.row('Example key').getByRole('cell').nth(2)).toHaveText('never');
	await expect(await keys.send()).toContainText('HTTP/1.1 200 OK');
	await expect(keys.row('Example key').getByRole('cell').nth(2)).not.toHaveText('never');
});

test('works from the keyboard alone', async ({ page }) => {
	const keys = new KeysPage(page);
	await keys.goto();
	await keys.name.focus();
	await page.keyboard.type('Zapier');
	await page.keyboard.press('Enter');
	await expect(keys.button('Copy key')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(keys.status).toHaveText(/^Key copied/);
	await tabTo(page, 'button:Done');
	await page.keyboard.press('Enter');
	await expect(keys.name).toBeFocused();
	await tabTo(page, 'button:Rename Zapier');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await expect(keys.button('Rename Zapier')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('End');
	await page.keyboard.type(' EU');
	await page.keyboard.press('Enter');
	await expect(keys.button('Rename Zapier EU')).toBeFocused();
	await tabTo(page, 'button:Rotate Zapier EU');
	await page.keyboard.press('Enter');
	await expect(keys.manager.getByRole('radio', { name: /Keep it working/ })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(keys.manager.getByRole('radio', { name: /Revoke it now/ })).toBeChecked();
	await tabTo(page, 'button:Cancel Zapier EU');
	await page.keyboard.press('Enter');
	await expect(keys.button('Rotate Zapier EU')).toBeFocused();
	await tabTo(page, 'button:Revoke Zapier EU');
	await page.keyboard.press('Enter');
	await expect(keys.button('Revoke key Zapier EU')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(keys.row('Zapier EU')).toContainText('Revoked at');
});

for (const theme of ['light', 'dark'] as const) {
	const islands = ['ap-key-manager', '.ap-key-try'];
	test(`axe finds no violations in the key manager and its try-it islands on /guides/api-keys/ in ${theme} mode, with a key shown and editors open`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await useTheme(page, theme);
		const keys = new KeysPage(page);
		await keys.goto();
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect(await axeViolations(page, islands)).toEqual([]);
		await keys.name.fill('');
		await keys.button('Create key').click();
		await keys.create('Audit');
		await keys.button('Rotate Audit').click();
		await keys.send();
		expect(await axeViolations(page, islands)).toEqual([]);
		await keys.button('Rename Example key').click();
		await keys.button('Revoke Audit').click();
		expect(await axeViolations(page, islands)).toEqual([]);
	});
}
