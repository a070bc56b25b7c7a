import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PlaygroundPage } from './support/playground-page.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations on /playground/ in ${theme} mode, before and after a response`, async ({
		page,
	}) => {
		test.slow(); // two full-page axe runs on a shared two-core machine
		await setTheme(page, theme);
		const playground = new PlaygroundPage(page);
		await playground.goto();
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		// The states a reader brings about: an error shown in place, inline mode, a response.
		await playground.field('API key').fill('bad key\u200b');
		await playground.envSwitch.click();
		await playground.send.click();
		await playground.field('API key').fill('good-key');
		await playground.send.click();
		await expect(playground.response).toBeVisible();
		// Highlighting repaints after a pause in typing: check once the island says it is done.
		await playground.settled('ap-snippet-tabs', () => playground.tab('python').click());
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});
}

test('every control is reachable with Tab and operable from the keyboard alone', async ({
	page,
}) => {
	const playground = new PlaygroundPage(page);
	await playground.goto();
	const reached: string[] = [];
	await playground.api.focus();
	for (let step = 0; step < 20; step++) {
		reached.push(
			await page.evaluate(() => {
				const element = document.activeElement as HTMLInputElement | null;
				if (!element) return '';
				const label =
					element.getAttribute('aria-label') ??
					element.labels?.[0]?.textContent ??
					element.textContent ??
					'';
				return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${label.trim()}`;
			}),
		);
		await page.keyboard.press('Tab');
	}
	for (const control of [
		'select:API',
		'select:Scheme',
		'select:Credentials format',
		'input:API key',
		'button:Copy header',
		'tab:cURL',
		'switch:Use environment variable',
		'button:Copy snippet',
		'button:Send',
		'button:Copy link',
	]) {
		expect(reached, control).toContain(control);
	}
	// Operate each kind of control without the mouse.
	await playground.api.focus();
	await page.keyboard.press('ArrowUp'); // APIs are in name order: lemlist, then Leadterra above it
	await expect(playground.api).toHaveValue('leadterra');
	await expect(playground.header).toHaveText(/^Authorization: Bearer /);
	await playground.field('API key').focus();
	await page.keyboard.press('End');
	await page.keyboard.type('X');
	await expect(playground.header).toHaveText(/X$/);
	await playground.tab('curl').focus();
	await page.keyboard.press('ArrowRight');
	await expect(playground.tab('javascript')).toHaveAttribute('aria-selected', 'true');
	await playground.envSwitch.focus();
	await page.keyboard.press('Space');
	await expect(playground.envSwitch).not.toBeChecked();
	await playground.send.focus();
	await page.keyboard.press('Enter');
	await expect(playground.response).toContainText('HTTP/1.1 ');
	await playground.copyLink.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Link copied. It holds no key, password or token.')).toBeVisible();
});
