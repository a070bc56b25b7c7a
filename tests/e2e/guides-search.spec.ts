/**
 * Pagefind finds each guide, the error reference and each quickstart for its main terms, through
 * the search dialog as a reader uses it.
 */
import { expect, test } from '@playwright/test';

const searches: readonly (readonly [slug: string, terms: readonly string[]])[] = [
	['/', ['playground']],
	['/guides/api-keys/', ['rotate', 'revoke', 'last used']],
	['/guides/basic-auth/', ['colon', 'btoa', 'UTF-8']],
	['/guides/bearer-tokens/', ['bearer', 'prefix']],
	['/guides/oauth2/', ['PKCE', 'refresh token', 'client credentials']],
	['/guides/rate-limits/', ['jitter', 'Retry-After']],
	['/guides/security/', ['leak', 'secret scanning']],
	['/reference/errors/', ['insufficient scope', 'revoked']],
	['/apis/lemlist/', ['lemlist']],
	['/apis/leadconduit/', ['LeadConduit']],
	['/apis/leadterra/', ['Leadterra']],
	['/apis/example-api/', ['Example API']],
];

// Pagefind loads its index on the first search; on a busy 2-core machine that can take seconds.
for (const [slug, terms] of searches) {
	test(`search finds ${slug} for ${terms.map((t) => `"${t}"`).join(', ')}`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		const box = dialog.getByRole('textbox', { name: 'Search' });
		for (const term of terms) {
			await box.fill(term);
			await expect(
				dialog.locator(`a[href="${slug}"], a[href^="${slug}#"]`).first(),
				`"${term}" finds ${slug}`,
			).toBeVisible({ timeout: 20_000 });
		}
	});
}
