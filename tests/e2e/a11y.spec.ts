// axe-core finds no violation on any page, in the light and in the dark theme. Pages come from
// the built sitemap, so a guide or island added later is checked without editing this file.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { everyPagePath } from './support/sitemap.ts';

const themes = ['light', 'dark'] as const;

/** One line per failing node: rule, impact, selector and axe's own summary of the fix. */
function describeViolations(
	violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
		),
	);
}

for (const theme of themes) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		// axe walks every node of long guides: tens of seconds on a busy two-core machine.
		test.describe.configure({ timeout: 120_000 });

		for (const path of everyPagePath()) {
			test(`${path} has no axe violations`, async ({ page }) => {
				// Starlight's theme provider reads this key before first paint (ThemeProvider.astro).
				await page.addInitScript(
					(stored) => localStorage.setItem('starlight-theme', stored),
					theme,
				);
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page }).analyze();
				expect(describeViolations(results.violations)).toEqual([]);
			});
		}
	});
}
