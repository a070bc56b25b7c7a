/**
 * The served site carries the headers a page that takes secrets needs (`dist/_headers`, written by
 * config/security-headers.mjs and served by scripts/preview.mjs as a static host would), and a page
 * on another origin that frames the playground gets it refused.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { sitePage } from './support/site.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Every response, page or file, carries these. */
const everywhere: [string, RegExp][] = [
	['x-content-type-options', /^nosniff$/],
	['referrer-policy', /^no-referrer$/],
	['cross-origin-opener-policy', /^same-origin$/],
	['strict-transport-security', /^max-age=(\d+); includeSubDomains$/],
	['permissions-policy', /(^|, )camera=\(\)(,|$)/],
	['permissions-policy', /(^|, )microphone=\(\)(,|$)/],
	['permissions-policy', /(^|, )geolocation=\(\)(,|$)/],
	['permissions-policy', /(^|, )payment=\(\)(,|$)/],
	['permissions-policy', /(^|, )usb=\(\)(,|$)/],
	['permissions-policy', /(^|, )clipboard-write=\(self\)(,|$)/],
	['content-security-policy', /(^|;\s*)frame-ancestors 'none'$/],
];

/** The first script file a page loads, as a path on the server. */
async function scriptFileOf(request: APIRequestContext, path: string): Promise<string> {
	const html = await (await request.get(path)).text();
	const src = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
	expect(src, `a script file on ${path}`).toBeDefined();
	return src ?? '';
}

test('every page, the 404 page and the files carry the security headers', async ({ request }) => {
	const paths = ['/', '/playground/', '/troubleshooting/', '/this-page-does-not-exist/'].map(
		sitePage,
	);
	paths.push(await scriptFileOf(request, sitePage('/playground/')));
	for (const path of paths) {
		const headers = (await request.get(path)).headers();
		for (const [name, value] of everywhere)
			expect(headers[name], `${name} on ${path}`).toMatch(value);
		expect(
			Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
			`HSTS max-age on ${path}`,
		).toBeGreaterThanOrEqual(365 * 24 * 3600);
	}
});

for (const path of ['/', '/playground/', '/troubleshooting/', '/this-page-does-not-exist/']) {
	test(`the CSP header of ${path} is the page’s own meta policy plus frame-ancestors`, async ({
		request,
	}) => {
		const response = await request.get(sitePage(path));
		const meta = cspMeta.exec(await response.text())?.[1]?.replace(/&#39;/g, "'");
		expect(meta, 'a content-security-policy meta').toBeDefined();
		expect(response.headers()['content-security-policy']).toBe(
			`${meta?.replace(/;\s*$/, '')}; frame-ancestors 'none'`,
		);
	});
}

test('the copy buttons may still write to the clipboard under the Permissions-Policy', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(sitePage('/playground/'));
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied. It holds no key, password or token.')).toBeVisible();
});

test('a page on another origin that frames /playground/ gets it refused', async ({
	page,
	baseURL,
}) => {
	const target = new URL(sitePage('/playground/'), baseURL).href;
	// The framing page and a control frame come from a second server: another port, another origin.
	const framer = createServer((req, res) => {
		const body =
			req.url === '/control.html'
				? '<!doctype html><title>control</title><p>Framed fine.</p>'
				: `<!doctype html><title>framer</title><iframe title="control" src="/control.html"></iframe><iframe title="playground" src="${target}"></iframe>`;
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
	});
	await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
	try {
		const origin = `http://127.0.0.1:${(framer.address() as AddressInfo).port}`;
		expect(origin).not.toBe(new URL(target).origin);
		// Chromium refuses the framed response and says which directive did it (no timing involved).
		const blocked = page.waitForEvent('requestfailed', (request) => request.url() === target);
		const reported = page.waitForEvent('console', (message) =>
			message.text().includes("frame-ancestors 'none'"),
		);
		await page.goto(`${origin}/`);
		expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
		expect((await reported).text()).toContain(`Framing '${new URL(target).origin}/' violates`);

		// The control frame loads, so a frame that loaded would be seen; the playground one never does.
		await expect(
			page.frameLocator('iframe[title="control"]').getByText('Framed fine.'),
		).toBeVisible();
		const framed = await page
			.locator('iframe[title="playground"]')
			.elementHandle()
			.then((handle) => handle?.contentFrame());
		expect(framed).toBeTruthy();
		await expect.poll(() => framed?.url()).toMatch(/^chrome-error:/);
		expect(page.frames().map((frame) => frame.url())).not.toContain(target);
	} finally {
		await new Promise((resolve) => framer.close(resolve));
	}
});
