/**
 * The OAuth 2.0 scheme of /playground/ as a reader uses it: pick the scheme, run the authorization
 * code grant step by step, call the API with the token obtained, let the token expire on the
 * simulated clock (no waiting), see 401 token-expired, refresh, see 200, send the retired refresh
 * token and see the error the table lists. Everything through roles and labels.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdChunk } from './support/flows.ts';
import { PlaygroundPage } from './support/playground-page.ts';

class GrantFlow {
	readonly root: Locator;

	constructor(page: Page) {
		this.root = page.locator('ap-oauth-grants');
	}

	get grant(): Locator {
		return this.root.getByRole('combobox', { name: 'Grant', exact: true });
	}

	step(title: string): Locator {
		return this.root.getByRole('region', { name: title, exact: true });
	}

	/** Sends one step and returns its response text once it has one. */
	async send(title: string, button = 'Run this step'): Promise<Locator> {
		const step = this.step(title);
		await step.getByRole('button', { name: button, exact: true }).click();
		return step.getByLabel('Step response', { exact: true });
	}
}

async function openOAuth(page: Page): Promise<GrantFlow> {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	await playground.api.selectOption({ label: 'Example API' });
	await playground.scheme.selectOption({ label: 'OAuth 2.0' });
	const flow = new GrantFlow(page);
	await expect(flow.grant).toBeVisible();
	await expect(
		flow.step('Authorization request').getByRole('button', { name: 'Run this step', exact: true }),
	).toBeEnabled();
	return flow;
}

test('runs the code grant, uses the token, lets it expire, refreshes, and refuses the reused refresh token', async ({
	page,
}) => {
	const flow = await openOAuth(page);
	await expect(flow.grant.getByRole('option')).toHaveText([
		'Authorization code',
		'Client credentials',
		'Device authorization',
		'Refresh token',
	]);

	await expect(await flow.send('Authorization request')).toContainText('HTTP/1.1 302 Found');
	await expect(await flow.send('Token exchange')).toContainText('HTTP/1.1 200 OK');
	const api = await flow.send('API call with the access token');
	await expect(api).toContainText('HTTP/1.1 200 OK');
	await expect(api).toContainText('"name":"Ada Example"');

	await flow.root.getByRole('button', { name: 'Let the access token expire', exact: true }).click();
	await expect(flow.root.getByText(/expired on the simulated clock/)).toBeVisible();
	await flow.send('API call with the access token');
	await expect(api).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(flow.step('API call with the access token')).toContainText('401 token-expired');

	await flow.grant.selectOption({ label: 'Refresh token' });
	await expect(await flow.send('Refresh')).toContainText('HTTP/1.1 200 OK');
	await flow.send('API call with the access token');
	await expect(api).toContainText('HTTP/1.1 200 OK');

	const reused = await flow.send('Refresh', 'Send the retired refresh token again');
	await expect(reused).toContainText('HTTP/1.1 400 Bad Request');
	await expect(reused).toContainText('"error":"invalid_grant"');
	await expect(flow.step('Refresh')).toContainText('400 refresh-token-reused');
	await expect(
		flow.step('Refresh').getByRole('link', { name: 'What refresh-token-reused means' }),
	).toHaveAttribute('href', '/reference/errors/#refresh-token-reused');
	// The failed refresh cleared the API call after it.
	await expect(
		flow.step('API call with the access token').getByLabel('Step response', { exact: true }),
	).toBeHidden();
});

test('shows each step in the four snippet tabs, secrets from environment variables until the switch is turned off', async ({
	page,
}) => {
	const flow = await openOAuth(page);
	const step = flow.step('Authorization request');
	for (const name of ['cURL', 'JavaScript', 'Python', 'Go'])
		await expect(step.getByRole('tab', { name, exact: true })).toBeVisible();
	await expect(step.getByRole('tabpanel')).toContainText(
		'CODE_VERIFIER=$(openssl rand 32 | base64url)',
	);
	await step.getByRole('tab', { name: 'Python', exact: true }).click();
	await expect(step.getByRole('tabpanel')).toContainText('secrets.token_urlsafe(32)');
	await flow.send('Authorization request');
	const exchange = flow.step('Token exchange');
	await expect(exchange.getByRole('tabpanel')).toContainText(
		'CODE_VERIFIER = os.environ["CODE_VERIFIER"]',
	);
	await expect(exchange.getByRole('tabpanel')).toContainText(
		'CLIENT_SECRET = os.environ["CLIENT_SECRET"]',
	);
	await exchange.getByRole('switch', { name: 'Use environment variable' }).uncheck();
	await expect(exchange.getByRole('tabpanel')).not.toContainText('os.environ');
	await expect(exchange.getByRole('tabpanel')).toContainText(/"code_verifier": "[\w-]{43}"/);
});

test('runs the device grant: pending until the person approves, then the token reads the API', async ({
	page,
}) => {
	const flow = await openOAuth(page);
	await flow.grant.selectOption({ label: 'Device authorization' });
	await expect(await flow.send('Device authorization request')).toContainText('"user_code"');
	const poll = flow.step('Polling the token endpoint');
	await expect(await flow.send('Polling the token endpoint')).toContainText(
		'"error":"authorization_pending"',
	);
	await poll.getByRole('button', { name: 'Approve as the person', exact: true }).click();
	await expect(await flow.send('Polling the token endpoint')).toContainText('HTTP/1.1 200 OK');
	await expect(await flow.send('API call with the access token')).toContainText('HTTP/1.1 200 OK');
});

test('warns about a redirect URI whose host is really user info, and notes commas between scopes', async ({
	page,
}) => {
	const flow = await openOAuth(page);
	await flow.root
		.getByRole('textbox', { name: 'Redirect URI', exact: true })
		.fill('https://trusted.example@evil.example/cb');
	await expect(flow.root.getByText(/sends the browser to evil\.example/)).toBeVisible();
	await flow.root.getByRole('textbox', { name: 'Scope', exact: true }).fill('read,write');
	await expect(flow.root.getByText(/the separator is a space/)).toBeVisible();
});

test('the OAuth guide shows every grant as code, runs client credentials to an API call, and sends the revoked token', async ({
	page,
}) => {
	await page.goto('/guides/oauth2/');
	const flow = new GrantFlow(page);
	await expect(flow.grant).toBeVisible();
	await flow.grant.selectOption({ label: 'Client credentials' });
	await expect(await flow.send('Client credentials request')).toContainText('HTTP/1.1 200 OK');
	const api = await flow.send('API call with the access token');
	await expect(api).toContainText('HTTP/1.1 200 OK');
	await flow.root.getByRole('button', { name: 'Revoke the grant', exact: true }).click();
	await flow.send('API call with the access token');
	await expect(api).toContainText('HTTP/1.1 401 Unauthorized');
	await expect(flow.step('API call with the access token')).toContainText('401 revoked-api-key');
	await flow.grant.selectOption({ label: 'Device authorization' });
	await flow.send('Device authorization request');
	const poll = flow.step('Polling the token endpoint');
	await poll.getByRole('tab', { name: 'Go', exact: true }).click();
	await expect(poll.getByRole('tabpanel')).toContainText('answer.Error == "slow_down"');
});

/** The grants' own code (oauth-grants-controller.ts and what only it needs), by the module it is named after. */
const grantsCode = /\/oauth-grants-controller\.[\w-]+\.js$/;

test('the OAuth guide loads the grants only once a reader reaches for them', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/guides/oauth2/');
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((url) => grantsCode.test(url))).toEqual([]);
	const flow = new GrantFlow(page);
	const first = flow.step('Authorization request');
	// The server drew the first snippet; running the step waits for the grants' code.
	await expect(first.getByRole('tabpanel')).toContainText('response_type=code');
	const run = first.getByRole('button', { name: 'Run this step', exact: true });
	await expect(run).toBeDisabled();
	await flow.grant.hover();
	await expect(run).toBeEnabled();
	expect(scripts.filter((url) => grantsCode.test(url))).toHaveLength(1);
});

test('on the OAuth guide, a grant chosen, a scope typed and a tab pressed before the grants load are all kept', async ({
	page,
}) => {
	const release = await holdChunk(page, 'oauth-grants-controller');
	await page.goto('/guides/oauth2/');
	const flow = new GrantFlow(page);
	await flow.grant.selectOption({ label: 'Client credentials' });
	await flow.root.getByRole('textbox', { name: 'Scope', exact: true }).fill('read write');
	await flow
		.step('Authorization request')
		.getByRole('tab', { name: 'Python', exact: true })
		.click();
	release();
	const step = flow.step('Client credentials request');
	await expect(step.getByRole('tab', { name: 'Python', exact: true })).toHaveAttribute(
		'aria-selected',
		'true',
	);
	await expect(step.getByRole('tabpanel')).toContainText('requests.post');
	await expect(step.getByRole('tabpanel')).toContainText('write');
	await expect(flow.root.getByRole('textbox', { name: 'Scope', exact: true })).toHaveValue(
		'read write',
	);
	await expect(await flow.send('Client credentials request')).toContainText('HTTP/1.1 200 OK');
});

// The server draws the grant's first snippets with the same core, so a reader scrolling to the
// grants sees nothing grow when their code arrives (the first snippet used to push "Run this step"
// down 136 px at 390 px wide, 164 px at 1280).
for (const width of [390, 1280])
	test(`at ${width} px the OAuth guide's grants keep their size when their code arrives`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 844 });
		const release = await holdChunk(page, 'oauth-grants-controller');
		await page.goto('/guides/oauth2/');
		const run = new GrantFlow(page)
			.step('Authorization request')
			.getByRole('button', { name: 'Run this step', exact: true });
		await run.scrollIntoViewIfNeeded();
		const top = () =>
			run.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
		const before = await top();
		await expect(run).toBeDisabled();
		release();
		await expect(run).toBeEnabled();
		expect(await top()).toBeCloseTo(before, 0);
	});
