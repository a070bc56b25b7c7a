/**
 * Every island whose controls need JavaScript says so when JavaScript is off: each `<ap-…>`
 * element in every built page holds a <noscript> notice (kit/NoScript.astro), and with scripting
 * disabled the browser shows it inside the island.
 */
import { expect, test } from '@playwright/test';
import { distHtmlFiles, readDist } from './support/sitemap.ts';
import { sitePage } from './support/site.ts';

/** The tag name and HTML of each island on a page, from its opening tag to its closing one. */
function islands(html: string): { tag: string; html: string }[] {
	return [...html.matchAll(/<(ap-[a-z-]+)[\s>]/g)].map((match) => {
		const tag = match[1]!;
		const end = html.indexOf(`</${tag}>`, match.index);
		return { tag, html: html.slice(match.index, end < 0 ? undefined : end) };
	});
}

test('the built site has islands to check', () => {
	expect(distHtmlFiles().flatMap((file) => islands(readDist(file))).length).toBeGreaterThan(10);
});

for (const file of distHtmlFiles()) {
	test(`every island on ${file} carries a <noscript> notice`, () => {
		const silent = islands(readDist(file))
			.filter((island) => !island.html.includes('<noscript>'))
			.map((island) => island.tag);
		expect(silent).toEqual([]);
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/guides/api-keys/', '/guides/oauth2/', '/troubleshooting/', '/playground/'])
		test(`each island on ${path} shows its notice`, async ({ page }) => {
			await page.goto(sitePage(path));
			const islandsOnPage = page.locator(
				'ap-key-manager, ap-request-builder, ap-response-panel, ap-snippet-tabs, ap-share-link, ap-oauth-flow, ap-burst, ap-header-doctor, ap-oauth-grants:not([hidden])',
			);
			const count = await islandsOnPage.count();
			expect(count).toBeGreaterThan(0);
			for (let index = 0; index < count; index++)
				await expect(islandsOnPage.nth(index).locator('.ap-noscript').first()).toBeVisible();
		});

	test('the header doctor shows no example button it could not act on', async ({ page }) => {
		await page.goto(sitePage('/troubleshooting/'));
		await expect(page.locator('section#lowercase-scheme pre').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Check this example' })).toHaveCount(0);
	});
});
