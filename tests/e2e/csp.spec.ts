// The Content-Security-Policy holds on every page: nothing the site ships is refused by it, and it
// never falls back to 'unsafe-inline' for scripts. Pages come from the built sitemap, so a page
// added later is checked without editing this file. Search (Pagefind: a worker and WebAssembly)
// and the theme picker run on each page, so their code runs under the policy too.
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { distHtmlFiles, everyPagePath, readDist } from './support/sitemap.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const styleElement = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const referrerMeta = /<meta name="referrer" content="no-referrer"\/?>/;

/** The sources of one directive (`script-src` …) in a policy string; empty when absent. */
function directive(policy: string, name: string): string[] {
	const found = policy
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([head]) => head === name);
	return found ? found.slice(1) : [];
}

/** The `'sha256-…'` source that allows exactly this inline body (CSP3 §8.4, hash of the UTF-8 text). */
function hashSource(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Whether a `<script>` element's attributes make it executable inline JavaScript. */
function isInlineJavaScript(attributes: string): boolean {
	if (/\bsrc\s*=/.test(attributes)) return false;
	const type = /\btype\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
	return type === undefined || type === 'module' || type.includes('javascript');
}

/** Collects CSP violations from the page: DOM events through a binding, and console reports. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		const report = (window as unknown as { reportCspViolation: (text: string) => void })
			.reportCspViolation;
		document.addEventListener(
			'securitypolicyviolation',
			(event) =>
				report(
					`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
				),
			{ capture: true },
		);
	});
	page.on('console', (message) => {
		const text = message.text();
		// The policy's own hash list makes each report kilobytes long; the refused hash stays.
		if (/content[- ]security[- ]policy/i.test(text))
			violations.push(`console: ${text.replace(/( 'sha256-[^']+')+/g, ' …')}`);
	});
	return violations;
}

test.describe('every built HTML file', () => {
	for (const file of distHtmlFiles()) {
		test(`${file} allows each of its inline scripts and styles by hash, never by 'unsafe-inline'`, () => {
			const html = readDist(file);
			const policy = cspMeta.exec(html)?.[1];
			expect(policy, 'a content-security-policy meta').toBeDefined();
			const scriptSrc = directive(policy ?? '', 'script-src');
			const styleSrc = directive(policy ?? '', 'style-src');
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).not.toContain("'unsafe-eval'");
			expect(directive(policy ?? '', 'connect-src')).toEqual(["'self'"]);
			expect(directive(policy ?? '', 'object-src')).toEqual(["'none'"]);
			for (const [, attributes = '', body = ''] of html.matchAll(scriptElement)) {
				if (isInlineJavaScript(attributes))
					expect(scriptSrc, body.slice(0, 80)).toContain(hashSource(body));
			}
			for (const [, body = ''] of html.matchAll(styleElement))
				expect(styleSrc, body.slice(0, 80)).toContain(hashSource(body));
			expect(referrerMeta.test(html), 'a <meta name="referrer" content="no-referrer">').toBe(true);
		});
	}
});

test.describe('every page in the browser', () => {
	// Pagefind loads a worker, WebAssembly and its index on first search: slow on a busy machine.
	test.describe.configure({ timeout: 90_000 });

	for (const path of everyPagePath()) {
		test(`${path} runs search and the theme picker without a CSP violation`, async ({ page }) => {
			const violations = await watchViolations(page);
			await page.goto(path);
			await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

			const picker = page.getByRole('combobox', { name: 'Select theme' });
			for (const theme of ['light', 'dark'] as const) {
				await picker.selectOption(theme);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			}

			await page.getByRole('button', { name: 'Search' }).click();
			const dialog = page.getByRole('dialog');
			await dialog.getByRole('textbox', { name: 'Search' }).fill('token');
			await expect(dialog.getByRole('link').first()).toBeVisible({ timeout: 30_000 });
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();

			expect(violations).toEqual([]);
		});
	}
});
