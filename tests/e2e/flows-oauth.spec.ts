import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	axeViolations,
	expectNoLeak,
	focusedControl,
	holdChunk,
	openWith,
	tabTo,
	useTheme,
	watchForLeaks,
} from './support/flows.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The server's stand-in for the state, until the browser makes the flow's own. */
const pendingState = 'state=STATE_IS_MADE_IN_YOUR_BROWSER_AS_FLOW_LOADS';

/** The OAuth flow island on the OAuth guide, by role and label. */
class OAuthFlowPage {
	readonly page: Page;
	readonly root: Locator;

	constructor(page: Page) {
		this.page = page;
		this.root = page.locator('ap-oauth-flow');
	}

	/** Opens the guide and reaches for the flow with the pointer, as a reader does before using it. */
	async goto(): Promise<void> {
		await this.open();
		await this.url.hover();
		await expect(this.url).not.toContainText(pendingState);
	}

	/** Opens the guide and leaves the flow alone. */
	async open(): Promise<void> {
		await openWith(this.page, '/guides/oauth2/', ['ap-oauth-flow']);
	}

	field(name: 'Client ID' | 'Client secret' | 'Redirect URI' | 'Scopes'): Locator {
		return this.root.getByRole('textbox', { name, exact: true });
	}

	button(name: string): Locator {
		return this.root.getByRole('button', { name, exact: true });
	}

	get url(): Locator {
		return this.root.getByLabel('Authorization URL', { exact: true });
	}

	get parameters(): Locator {
		return this.root.getByRole('table', { name: 'The parameters, decoded' });
	}

	/** The decoded value of one authorization parameter, from the table. */
	async parameter(name: string): Promise<string> {
		return (
			(await this.parameters
				.getByRole('row', { name: new RegExp(`^${name} `) })
				.getByRole('cell')
				.first()
				.textContent()) ?? ''
		);
	}

	output(label: string): Locator {
		return this.root.getByLabel(label, { exact: true });
	}
}

/** The flow's own code (oauth-flow-controller.ts and what only it needs), by the module it is named after. */
const flowCode = /\/oauth-flow-controller\.[\w-]+\.js$/;

test('loads the flow only once a reader reaches for it, then makes the URL', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const flow = new OAuthFlowPage(page);
	await flow.open();
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((url) => flowCode.test(url))).toEqual([]);
	await expect(flow.url).toContainText(pendingState);
	await flow.field('Client ID').focus();
	await expect(flow.url).not.toContainText(pendingState);
	await expect(flow.url).toHaveText(/^https:\/\/api\.example\.com\/oauth\/authorize\?/);
	expect(scripts.filter((url) => flowCode.test(url))).toHaveLength(1);
});

test('a reader who only scrolls to the flow, as a screen reader in browse mode does, gets the URL', async ({
	page,
}) => {
	const flow = new OAuthFlowPage(page);
	await flow.open();
	await page.waitForLoadState('networkidle');
	await expect(flow.url).toContainText(pendingState);
	// No focus and no pointer: only the page scrolls, as a screen reader's virtual cursor makes it.
	await flow.url.evaluate((element) => element.scrollIntoView());
	await expect(flow.url).not.toContainText(pendingState);
	await expect(flow.url).toHaveText(/^https:\/\/api\.example\.com\/oauth\/authorize\?/);
});

// The server's URL, table and verifier carry same-length stand-ins for the random values, so the
// browser's first flow changes characters only: a reader reaching for Approve as the flow comes
// into view is not pushed onto Deny (the URL alone used to grow by 250 px at 390 px).
for (const width of [390, 1280])
	test(`at ${width} px nothing above Approve moves when the browser makes the URL`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 844 });
		const release = await holdChunk(page, 'oauth-flow-controller');
		const flow = new OAuthFlowPage(page);
		await flow.open();
		const approve = flow.button('Approve');
		await approve.scrollIntoViewIfNeeded();
		const top = () =>
			approve.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
		const before = await top();
		release();
		await expect(flow.url).not.toContainText(pendingState);
		expect(await top()).toBeCloseTo(before, 0);
	});

const firstMoves: [string, (flow: OAuthFlowPage) => Promise<void>][] = [
	[
		'a keyboard reader edits the scopes, tabs to Approve and presses Enter',
		async (flow) => {
			await flow.field('Scopes').focus();
			await flow.page.keyboard.press('End');
			for (let i = 0; i < ' write'.length; i++) await flow.page.keyboard.press('Backspace');
			await tabTo(flow.page, 'button:Approve');
			await flow.page.keyboard.press('Enter');
		},
	],
	[
		'a pointer reader clicks Approve at once',
		async (flow) => {
			await flow.button('Approve').click();
		},
	],
];

for (const [reader, act] of firstMoves)
	test(`nothing is lost when ${reader} before the flow has loaded`, async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(flowCode, async (route) => {
			await held;
			await route.continue();
		});
		const flow = new OAuthFlowPage(page);
		await flow.open();
		await act(flow);
		release();
		await expect(flow.output('Authorization server response')).toContainText('HTTP/1.1 302 Found');
		await expect(flow.root.getByText(/^Approved: .*state matches/)).toBeVisible();
		const state = new URL((await flow.url.textContent())!).searchParams.get('state')!;
		await expect(flow.output('Authorization server response')).toContainText(`state=${state}`);
		if (reader.includes('scopes')) await expect(flow.url).toHaveText(/scope=read&state=/);
		await expect(flow.button('Exchange the code')).toBeEnabled();
	});

test('generates a PKCE S256 URL with fresh state, lists it decoded, and regenerates it', async ({
	page,
}) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	const url = new URL((await flow.url.textContent())!);
	expect([...url.searchParams.keys()]).toEqual([
		'response_type',
		'client_id',
		'redirect_uri',
		'scope',
		'state',
		'code_challenge',
		'code_challenge_method',
	]);
	expect(url.searchParams.get('code_challenge_method')).toBe('S256');
	expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
	expect(await flow.parameter('state')).toBe(url.searchParams.get('state'));
	expect(await flow.parameter('redirect_uri')).toBe('https://app.example.com/callback');
	expect(await flow.parameter('scope')).toBe('read write');
	// The challenge is the SHA-256 of the verifier shown, in base64url (RFC 7636 §4.2).
	const verifier = (await flow.root.locator('[data-verifier]').textContent())!;
	const challenge = await page.evaluate(async (text) => {
		const digest = new Uint8Array(
			await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
		);
		return btoa(String.fromCharCode(...digest))
			.replace(/=+$/, '')
			.replace(/\+/g, '-')
			.replace(/\//g, '_');
	}, verifier);
	expect(url.searchParams.get('code_challenge')).toBe(challenge);
	await flow.button('Regenerate').click();
	await expect(flow.url).not.toHaveText(url.href);
	const again = new URL((await flow.url.textContent())!);
	expect(again.searchParams.get('state')).not.toBe(url.searchParams.get('state'));
	expect(again.searchParams.get('code_challenge')).not.toBe(url.searchParams.get('code_challenge'));
	await expect(flow.root.getByText('A new state and code verifier were generated')).toBeVisible();
});

test('approve, exchange the code, call the API: 200', async ({ page }) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	await expect(flow.button('Exchange the code')).toBeDisabled();
	await flow.button('Approve').click();
	await expect(flow.output('Authorization server response')).toContainText('HTTP/1.1 302 Found');
	await expect(flow.output('Authorization server response')).toContainText(
		'Location: https://app.example.com/callback?code=',
	);
	await expect(flow.root.getByText(/^Approved: .*state matches/)).toBeVisible();
	await expect(flow.output('Token request')).toContainText('grant_type=authorization_code&code=');
	await flow.button('Exchange the code').click();
	await expect(flow.output('Token response')).toContainText('HTTP/1.1 200 OK');
	await expect(flow.output('Token response')).toContainText('"token_type":"Bearer"');
	await expect(flow.output('API request')).toContainText('Authorization: Bearer ');
	await flow.button('Call the API').click();
	await expect(flow.output('API response')).toContainText('HTTP/1.1 200 OK');
	await expect(flow.output('API response')).toContainText('"name":"Ada Example"');
});

test('deny comes back as error=access_denied with the same state, and no code to exchange', async ({
	page,
}) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	const state = new URL((await flow.url.textContent())!).searchParams.get('state')!;
	await flow.button('Deny').click();
	const response = flow.output('Authorization server response');
	await expect(response).toContainText('error=access_denied');
	await expect(response).toContainText(`state=${state}`);
	await expect(
		flow.root.getByText(/^Refused: the server sent the browser back with error=access_denied/),
	).toBeVisible();
	await expect(flow.button('Exchange the code')).toBeDisabled();
});

test('reusing a code is refused and revokes its tokens (RFC 6749 §4.1.2)', async ({ page }) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	await flow.button('Approve').click();
	await flow.button('Exchange the code').click();
	await expect(flow.output('Token response')).toContainText('HTTP/1.1 200 OK');
	await flow.button('Exchange the code').click();
	await expect(flow.output('Token response')).toContainText('invalid_grant');
	await expect(flow.button('Call the API')).toBeDisabled();
});

test('shows issues next to the field with code, position and fix, and builds no URL meanwhile', async ({
	page,
}) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	await flow.field('Redirect URI').fill('http://app.example.com/cb');
	await expect(flow.field('Redirect URI')).toHaveAccessibleDescription(
		/Error redirect-uri-insecure at position 0: .*Fix: Use https/,
	);
	await expect(flow.field('Redirect URI')).toHaveAttribute('aria-invalid', 'true');
	await expect(flow.url).toHaveText('No authorization URL until the errors above are fixed.');
	await expect(flow.button('Approve')).toBeDisabled();
	await flow.field('Scopes').fill('read  write');
	await expect(flow.field('Scopes')).toHaveAccessibleDescription(
		/Warning scope-spacing at position 4: The scope has extra spaces; they are dropped/,
	);
	await flow.field('Client secret').fill('');
	await expect(flow.field('Client secret')).toHaveAccessibleDescription(
		/Error empty-value at position 0:/,
	);
	await flow.field('Redirect URI').fill('https://app.example.com/callback');
	await flow.field('Scopes').fill('read');
	await expect(flow.url).toHaveText(/scope=read&state=/);
	await expect(flow.output('Token request')).toContainText(
		'No token request: The client secret is empty.',
	);
});

test('legacy plain PKCE only when asked, with a warning, and this server refuses it', async ({
	page,
}) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	const plain = flow.root.getByRole('checkbox', { name: 'Use the legacy PKCE method plain' });
	await expect(plain).not.toBeChecked();
	await plain.check();
	await expect(plain).toHaveAccessibleDescription(
		/Legacy only: .*Warning pkce-plain at position 0/,
	);
	await expect(flow.url).toHaveText(/code_challenge_method=plain$/);
	expect(await flow.parameter('code_challenge')).toBe(
		await flow.root.locator('[data-verifier]').textContent(),
	);
	await flow.button('Approve').click();
	await expect(flow.output('Authorization server response')).toContainText('error=invalid_request');
});

test('a canary client secret never reaches a URL, storage, the console or any request', async ({
	page,
}) => {
	const canary = 'canary_secret_7Qx9ZmW2';
	const watch = watchForLeaks(page);
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	await flow.field('Client secret').fill(canary);
	for (const method of ['client_secret_basic', 'client_secret_post']) {
		await flow.root.getByRole('combobox', { name: 'Client authentication' }).selectOption(method);
		await flow.button('Copy URL').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(canary);
		await flow.button('Approve').click();
		await expect(flow.output('Token request')).not.toContainText(canary);
		await flow.button('Exchange the code').click();
		// The simulated server knows the demo secret only: the canary is refused as invalid_client.
		await expect(flow.output('Token response')).toContainText('invalid_client');
	}
	await expect(flow.root).not.toContainText(canary);
	await expectNoLeak(page, watch, canary);
});

test('works from the keyboard alone', async ({ page }) => {
	const flow = new OAuthFlowPage(page);
	await flow.goto();
	await flow.field('Client ID').focus();
	await tabTo(page, 'input:Scopes');
	await page.keyboard.press('End');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await expect(flow.url).toHaveText(/scope=read&state=/);
	await tabTo(page, 'select:Client authentication');
	await page.keyboard.press('ArrowDown');
	await expect(flow.root.getByRole('combobox', { name: 'Client authentication' })).toHaveValue(
		'client_secret_post',
	);
	await tabTo(page, 'button:Regenerate');
	await page.keyboard.press('Enter');
	await expect(flow.root.getByText('A new state and code verifier were generated')).toBeVisible();
	await tabTo(page, 'button:Approve');
	await page.keyboard.press('Enter');
	await expect(flow.button('Exchange the code')).toBeEnabled();
	await tabTo(page, 'button:Exchange the code');
	await page.keyboard.press('Space');
	await expect(flow.output('Token response')).toContainText('HTTP/1.1 200 OK');
	await tabTo(page, 'button:Call the API');
	await page.keyboard.press('Enter');
	await expect(flow.output('API response')).toContainText('HTTP/1.1 200 OK');
	expect(await focusedControl(page)).toBe('button:Call the API');
});

for (const theme of ['light', 'dark'] as const) {
	const islands = ['ap-oauth-flow'];
	test(`axe finds no violations in the OAuth flow on /guides/oauth2/ in ${theme} mode, before and after the flow`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await useTheme(page, theme);
		const flow = new OAuthFlowPage(page);
		await flow.goto();
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect(await axeViolations(page, islands)).toEqual([]);
		await flow.root.getByRole('checkbox', { name: 'Use the legacy PKCE method plain' }).check();
		await flow.field('Redirect URI').fill('http://app.example.com/cb');
		expect(await axeViolations(page, islands)).toEqual([]);
		await flow.root.getByRole('checkbox', { name: 'Use the legacy PKCE method plain' }).uncheck();
		await flow.field('Redirect URI').fill('https://app.example.com/callback');
		await flow.button('Approve').click();
		await flow.button('Exchange the code').click();
		await flow.button('Call the API').click();
		await expect(flow.output('API response')).toBeVisible();
		expect(await axeViolations(page, islands)).toEqual([]);
	});
}
