import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { troubleshootingAnchors } from '../../src/lib/diagnose/codes/core-codes.ts';
import { sitePage } from './support/site.ts';

// A canary key: it must never leave the text area except into the corrected header on the page.
const key = 'sk_live_CANARY7Hq2Lm9Rt4Vw8Zb3';
const doctorInput = (page: Page) => page.getByLabel('Header or cURL command to check');
const finding = (page: Page, code: string) =>
	page.getByRole('listitem').filter({ has: page.getByText(code, { exact: true }) });

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a header with a trailing newline shows trailing-newline, the corrected header, and a link that opens the finding without the paste', async ({
	page,
	context,
}) => {
	const requests: string[] = [];
	context.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
	await page.goto(sitePage('/troubleshooting/'));
	await doctorInput(page).fill(`Authorization: Bearer ${key}\n`);

	const item = finding(page, 'trailing-newline');
	await expect(item).toBeVisible();
	await expect(item.getByRole('link', { name: 'Newline at the end of the value' })).toHaveAttribute(
		'href',
		'#trailing-newline',
	);
	await expect(page.getByRole('region', { name: 'Corrected header' }).locator('code')).toHaveText(
		`Authorization: Bearer ${key}`,
	);

	await item.getByRole('button', { name: 'Copy link to this finding' }).click();
	await expect(page.getByText(/Copied the link to this finding/)).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
	expect(link.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')).toBe(
		sitePage('/troubleshooting/#trailing-newline&kind=header-line'),
	);
	expect(link).not.toContain(key);
	expect(link).not.toContain('Bearer');

	const opened = await context.newPage();
	await opened.goto(link);
	const section = opened.locator('section#trailing-newline');
	await expect(section).toHaveClass(/is-highlighted/);
	await expect(section).toBeInViewport();
	await expect(section).toBeFocused();
	await expect(doctorInput(opened)).toHaveValue('');
	for (const visited of [page, opened]) {
		expect(visited.url()).not.toContain(key);
		const stored = await visited.evaluate(
			() =>
				JSON.stringify({ ...localStorage }) +
				JSON.stringify({ ...sessionStorage }) +
				document.cookie,
		);
		expect(stored).not.toContain(key);
	}
	expect(requests.filter((request) => request.includes(key))).toEqual([]);
});

test('a link with an API in its fragment picks that API and highlights the finding', async ({
	page,
}) => {
	await page.goto(sitePage('/troubleshooting/#missing-colon&api=lemlist&kind=curl'));
	await expect(page.getByLabel('API', { exact: true })).toHaveValue('lemlist');
	await expect(page.locator('section#missing-colon')).toHaveClass(/is-highlighted/);
	await expect(page.locator('section#missing-colon')).toBeInViewport();
	await page.goto(sitePage('/troubleshooting/#wrong-scheme-for-api'));
	await expect(page.locator('section#missing-colon')).not.toHaveClass(/is-highlighted/);
	await expect(page.locator('section#wrong-scheme-for-api')).toHaveClass(/is-highlighted/);
});

test('picking an API changes the diagnosis: a Bearer header for lemlist becomes Basic', async ({
	page,
}) => {
	await page.goto(sitePage('/troubleshooting/'));
	await doctorInput(page).fill('Authorization: Bearer 0f7c2b9e4d1a8f3b');
	await expect(
		page.getByRole('status').filter({ hasText: 'No problems found in this header.' }),
	).toBeVisible();
	await page.getByLabel('API', { exact: true }).selectOption({ label: 'lemlist' });
	await expect(finding(page, 'wrong-scheme-for-api')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Corrected header' }).locator('code')).toHaveText(
		'Authorization: Basic OjBmN2MyYjllNGQxYThmM2I=',
	);
});

test('the page documents every finding, and every code the builders report, before any JavaScript runs', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(sitePage('/troubleshooting/'));
	const ids = await page
		.locator('section.ap-finding-ref')
		.evaluateAll((sections) => sections.map((section) => section.id));
	expect(ids).toEqual(troubleshootingAnchors());
	await expect(page.locator('section#trailing-newline h3')).toHaveText(
		'Newline at the end of the value',
	);
	await context.close();
});

test('the doctor works from the keyboard alone', async ({ page }) => {
	await page.goto(sitePage('/troubleshooting/#lowercase-scheme'));
	const example = page
		.locator('section#lowercase-scheme')
		.getByRole('button', { name: 'Check this example' });
	await example.focus();
	await page.keyboard.press('Enter');
	await expect(doctorInput(page)).toBeFocused();
	await expect(finding(page, 'lowercase-scheme')).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('API', { exact: true })).toBeFocused();
	const select = finding(page, 'lowercase-scheme').getByRole('button', {
		name: 'Select in the text',
	});
	await select.focus();
	await page.keyboard.press('Enter');
	await expect(doctorInput(page)).toBeFocused();
	const selected = await doctorInput(page).evaluate((area: HTMLTextAreaElement) =>
		area.value.slice(area.selectionStart, area.selectionEnd),
	);
	expect(selected).toBe('bearer');
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations with findings shown, ${theme} mode`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto(sitePage('/troubleshooting/'));
		await doctorInput(page).fill('Authorisation: bearer  "sk_live_4eC7p9Qz\u200B2Lm8"\n');
		await expect(finding(page, 'wrong-header-name')).toBeVisible();
		const results = await new AxeBuilder({ page }).include('main').analyze();
		expect(
			results.violations.map(
				(violation) =>
					`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
			),
		).toEqual([]);
	});
}
