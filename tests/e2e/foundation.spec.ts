import { expect, test } from '@playwright/test';

test('a reader goes from the landing page through the sidebar to a guide', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Auth Playground' })).toBeVisible();
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	await sidebar.getByRole('link', { name: 'HTTP Basic' }).click();
	await expect(page).toHaveURL(/\/guides\/basic-auth\/$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'HTTP Basic authentication' }),
	).toBeVisible();
});

test('Pagefind search finds the Basic guide', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill('colon');
	const result = dialog.getByRole('link', { name: /HTTP Basic authentication/ }).first();
	// Pagefind loads its index on first search; a busy two-core machine needs more than the default.
	await expect(result).toBeVisible({ timeout: 20_000 });
	await result.click();
	await expect(page).toHaveURL(/\/guides\/basic-auth\//);
});

test('every API profile has a quickstart, reached from the sidebar through the APIs page', async ({
	page,
}) => {
	await page.goto('/');
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	await sidebar.getByRole('link', { name: 'APIs', exact: true }).click();
	await expect(page).toHaveURL(/\/apis\/$/);
	const main = page.locator('main');
	for (const name of ['Example API', 'LeadConduit', 'Leadterra', 'lemlist', 'Figma API']) {
		await expect(main.getByRole('link', { name: new RegExp(`^${name} \\(`) })).toHaveAttribute(
			'href',
			/^\/apis\/[a-z-]+\/$/,
		);
	}
	await main.getByRole('link', { name: /^LeadConduit \(/ }).click();
	await expect(
		page.getByRole('cell', { name: '{"error":"authentication failed"}' }).first(),
	).toBeVisible();
});
