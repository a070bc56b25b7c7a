/**
 * The doctor hands back a pasted request as code: the four snippet tabs of the playground (same
 * names, same emitters), credentials repaired and read from an environment variable unless the
 * reader switches that off; and the page never scrolls sideways on a phone while it does so.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePage } from './support/site.ts';

const key = 'sk_test_CANARY7Hq2Lm9Rt4Vw8Zb3';
// Chrome's "Copy as cURL (bash)", as a support ticket brings it: the scheme typed twice.
const chromeCopy = [
	"curl 'https://api.example.com/v1/users/me?expand=team' \\",
	"  -H 'accept: application/json' \\",
	`  -H 'authorization: Bearer Bearer ${key}' \\`,
	"  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36' \\",
	'  --compressed',
].join('\n');

const doctorInput = (page: Page) => page.getByLabel('Header or cURL command to check');
const requestRegion = (page: Page) =>
	page.getByRole('region', { name: 'Corrected request as code' });

// What each language must carry over from the paste, the credential fixed, in each mode.
const expectations = {
	cURL: {
		env: ['"Authorization: Bearer ${API_KEY}"', 'Set API_KEY first'],
		inline: [`'Authorization: Bearer ${key}'`],
	},
	JavaScript: {
		env: ["'Authorization': 'Bearer ' + API_KEY", 'process.env.API_KEY'],
		inline: [`'Authorization': 'Bearer ${key}'`],
	},
	Python: {
		env: ['"Authorization": "Bearer " + API_KEY', 'os.environ["API_KEY"]'],
		inline: [`"Authorization": "Bearer ${key}"`],
	},
	Go: { env: ['"Bearer "+apiKey', 'os.Getenv("API_KEY")'], inline: [`"Bearer ${key}"`] },
} as const;

test('a Chrome cURL copy with "Bearer Bearer" comes back fixed in all four snippet tabs, from an environment variable until the switch is turned off', async ({
	page,
}) => {
	await page.goto(sitePage('/troubleshooting/'));
	await expect(requestRegion(page)).toBeHidden();
	await doctorInput(page).fill(chromeCopy);
	const region = requestRegion(page);
	await expect(region).toBeVisible();
	const envSwitch = region.getByRole('switch', { name: 'Use environment variable' });
	await expect(envSwitch).toBeChecked();
	for (const mode of ['env', 'inline'] as const) {
		if (mode === 'inline') await envSwitch.uncheck();
		for (const [label, wanted] of Object.entries(expectations)) {
			await region.getByRole('tab', { name: label, exact: true }).click();
			const panel = region.getByRole('tabpanel', { name: label, exact: true });
			const code = panel.locator('pre');
			await expect(code).toContainText('https://api.example.com/v1/users/me?expand=team');
			for (const part of wanted[mode]) await expect(code).toContainText(part);
			await expect(code).toContainText('application/json');
			await expect(code).toContainText('Chrome/124.0');
			await expect(code).not.toContainText('Bearer Bearer');
			if (mode === 'env') await expect(code).not.toContainText(key);
		}
	}
	await expect(region.getByText(/do not commit, paste or share this snippet/)).toBeVisible();
});

test('at 390 px the page never scrolls sideways, before a paste and after the corrected header and the snippet tabs appear', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(sitePage('/troubleshooting/'));
	const sideways = () =>
		page.evaluate(() => {
			const root = document.scrollingElement ?? document.documentElement;
			return root.scrollWidth - root.clientWidth;
		});
	expect(await sideways()).toBeLessThanOrEqual(0);
	// A long token with no break opportunity, a trailing newline to repair, and a whole request.
	const long = `${key}${'x'.repeat(300)}`;
	await doctorInput(page).fill(chromeCopy.replace(key, long) + '\n');
	await expect(requestRegion(page)).toBeVisible();
	await doctorInput(page).fill(`Authorization: Bearer Bearer ${long}\n`);
	await expect(page.getByRole('region', { name: 'Corrected header' })).toBeVisible();
	expect(await sideways()).toBeLessThanOrEqual(0);
	await doctorInput(page).fill(chromeCopy.replace(key, long));
	await expect(requestRegion(page)).toBeVisible();
	for (const label of Object.keys(expectations)) {
		await requestRegion(page).getByRole('tab', { name: label, exact: true }).click();
		expect(await sideways()).toBeLessThanOrEqual(0);
	}
	await requestRegion(page).getByRole('switch', { name: 'Use environment variable' }).uncheck();
	expect(await sideways()).toBeLessThanOrEqual(0);
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations in the corrected request's snippet tabs, ${theme} mode`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto(sitePage('/troubleshooting/'));
		await doctorInput(page).fill(chromeCopy);
		await expect(requestRegion(page).getByRole('tab', { name: 'Python' })).toBeVisible();
		const results = await new AxeBuilder({ page }).include('[data-request-panel]').analyze();
		expect(
			results.violations.map(
				(violation) =>
					`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
			),
		).toEqual([]);
	});
}
