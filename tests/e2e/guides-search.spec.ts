/**
 * Pagefind finds each guide, the error reference and each quickstart for its main terms, through
 * the search dialog as a reader uses it.
 */
import { expect, test } from '@playwright/test';

const searches = [
	['/', 'playground'],
	['/guides/api-keys/', 'rotate'],
	['/guides/api-keys/', 'revoke'],
	['/guides/basic-auth/', 'colon'],
	['/guides/basic-auth/', 'btoa'],
	['/guides/bearer-tokens/', 'bearer'],
	['/guides/bearer-tokens/', 'prefix'],
	['/guides/oauth2/', 'PKCE'],
	['/guides/oauth2/', 'refresh token'],
	['/guides/rate-limits/', 'jitter'],
	['/guides/rate-limits/', 'Retry-After'],
	['/guides/security/', 'leak'],
	['/reference/errors/', 'insufficient scope'],
	['/reference/errors/', 'revoked'],
	['/apis/lemlist/', 'lemlist'],
	['/apis/leadconduit/', 'LeadConduit'],
	['/apis/leadterra/', 'Leadterra'],
	['/apis/example-api/', 'Example API'],
] as const;

for (const [slug, term] of searches) {
	test(`searching "${term}" finds ${slug}`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox', { name: 'Search' }).fill(term);
		const hit = dialog.locator(`a[href="${slug}"], a[href^="${slug}#"]`).first();
		await expect(hit).toBeVisible();
	});
}
