/**
 * Nothing moves as a page arrives. A browser paints a page whose HTML has only partly been parsed
 * (Chromium did so here on localhost, a slow network makes it the rule), so each test serves a page
 * cut where a paint can fall and compares it with the whole page. Islands that change as their code
 * arrives are checked beside their own tests (flows-oauth.spec.ts, playground-oauth.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { everyPagePath } from './support/sitemap.ts';
import { sitePage } from './support/site.ts';

/** Where the table of contents is drawn on `page`: its box's left edge and width. */
async function tocBox(page: Page): Promise<{ x: number; width: number }> {
	const box = await page.locator('.right-sidebar-container').boundingBox();
	if (!box) throw new Error('no table of contents on this page');
	return { x: Math.round(box.x), width: Math.round(box.width) };
}

for (const path of ['/', '/guides/oauth2/', '/troubleshooting/'])
	test(`at 1280 px the table of contents of ${path} is drawn where it stays before the content has arrived`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 844 });
		await page.goto(sitePage(path));
		const whole = await tocBox(page);
		// The same page, its HTML cut just before the content column, as a paint mid-parse sees it.
		await page.route(
			(url) => url.pathname === new URL(page.url()).pathname,
			async (route) => {
				const response = await route.fetch();
				const html = await response.text();
				const cut = html.indexOf('<div class="main-pane');
				expect(cut, 'the content column follows the table of contents').toBeGreaterThan(
					html.indexOf('right-sidebar-container'),
				);
				await route.fulfill({ response, body: html.slice(0, cut) });
			},
		);
		await page.reload();
		await expect(page.locator('.main-pane')).toHaveCount(0);
		expect(await tocBox(page)).toEqual(whole);
	});

/**
 * The layout shifts a reader sees who opens a page and scrolls it from top to bottom, the islands
 * loading as they come into view: their sum (Cumulative Layout Shift, as Chromium scores it), with
 * the moved elements for the message. Input-driven shifts are not counted, as in CLS.
 */
async function shiftsWhileScrolling(page: Page, path: string): Promise<string[]> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__layoutShifts', { value: seen });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node | null }[];
			})[])
				if (!entry.hadRecentInput)
					seen.push(
						`${entry.value.toFixed(4)} ${entry.sources.map((source) => (source.node instanceof Element ? `${source.node.localName}.${source.node.className}` : '#text')).join(' ')}`,
					);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let top = 0; top < height; top += 600) {
		await page.evaluate((y) => window.scrollTo(0, y), top);
		// A frame to lay out what scrolling into view loaded.
		await page.evaluate(() => new Promise(requestAnimationFrame));
	}
	await page.waitForLoadState('networkidle');
	return page.evaluate(() => (window as unknown as { __layoutShifts: string[] }).__layoutShifts);
}

// Good Core Web Vitals allow a CLS below 0.1; the table of contents alone scored 0.41.
for (const width of [390, 1280])
	for (const path of everyPagePath())
		test(`at ${width} px ${path} barely moves as it loads and is scrolled through`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 844 });
			const shifts = await shiftsWhileScrolling(page, path);
			const total = shifts.reduce((sum, line) => sum + Number(line.split(' ')[0]), 0);
			expect(total, shifts.join('\n')).toBeLessThan(0.1);
		});
