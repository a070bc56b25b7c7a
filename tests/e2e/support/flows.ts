/**
 * Shared steps of the flows browser tests (OAuth flow, key manager, burst): themes, axe, the
 * secret canary's listeners, and walking the Tab order. Controls are always found by role and
 * accessible name.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Starlight's theme provider reads this key before first paint. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

/** Opens `path` and waits until the custom elements `tags` are defined. */
export async function openWith(page: Page, path: string, tags: readonly string[]): Promise<void> {
	await page.goto(path);
	await page.waitForFunction((names) => names.every((name) => customElements.get(name)), tags);
}

/**
 * axe-core violations, one readable line per failing node, within `include` (our islands) when
 * given: the page as a whole is checked by a11y.spec.ts, and a finding in a guide's own text
 * should fail there, once, not in every island's test.
 */
export async function axeViolations(
	page: Page,
	include: readonly string[] = [],
): Promise<string[]> {
	let builder = new AxeBuilder({ page });
	for (const selector of include) builder = builder.include(selector);
	const results = await builder.analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
		),
	);
}

/** Everything the page says or sends that a secret must never reach. */
export interface LeakWatch {
	readonly requests: string[];
	readonly console: string[];
}

/** Records every request (URL, headers, body) and console message from now on. */
export function watchForLeaks(page: Page): LeakWatch {
	const watch: LeakWatch = { requests: [], console: [] };
	page.on('request', (request) => {
		watch.requests.push(
			`${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
		);
	});
	page.on('console', (message) => watch.console.push(message.text()));
	page.on('pageerror', (error) => watch.console.push(String(error)));
	return watch;
}

/** Asserts `canary` is nowhere the page could leak it: requests, console, URL, storage, cookies. */
export async function expectNoLeak(page: Page, watch: LeakWatch, canary: string): Promise<void> {
	expect(watch.requests.filter((entry) => entry.includes(canary))).toEqual([]);
	expect(watch.console.filter((entry) => entry.includes(canary))).toEqual([]);
	expect(page.url()).not.toContain(canary);
	expect(decodeURIComponent(page.url())).not.toContain(canary);
	const stored = await page.evaluate(() =>
		JSON.stringify({
			local: { ...localStorage },
			session: { ...sessionStorage },
			cookies: document.cookie,
			history: history.state,
		}),
	);
	expect(stored).not.toContain(canary);
	const cookies = await page.context().cookies();
	expect(JSON.stringify(cookies)).not.toContain(canary);
}

/** A description of the focused element: `role-or-tag:name`. */
export async function focusedControl(page: Page): Promise<string> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element) return '';
		const labelled = element.getAttribute('aria-labelledby');
		const label =
			element.getAttribute('aria-label') ??
			(element as HTMLInputElement).labels?.[0]?.textContent ??
			(labelled ? document.getElementById(labelled.split(' ')[0]!)?.textContent : null) ??
			element.textContent ??
			'';
		return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${label.trim().replace(/\s+/g, ' ')}`;
	});
}

/** Presses Tab until the control `wanted` has focus (at most `limit` presses); fails otherwise. */
export async function tabTo(page: Page, wanted: string, limit = 60): Promise<void> {
	const seen: string[] = [];
	for (let i = 0; i < limit; i++) {
		const current = await focusedControl(page);
		if (current === wanted) return;
		seen.push(current);
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${wanted}; went through: ${seen.join(' | ')}`);
}

/** Whether `url` is the built chunk named after the module `module` (`burst-run` for burst-run.ts). */
function isChunkOf(url: string, module: string): boolean {
	return new RegExp(`/_astro/${module}\\.[\\w-]+\\.js$`).test(new URL(url).pathname);
}

/** The paths of the scripts the page requests from now on, to tell which chunks a step loaded. */
export function scriptsRequested(page: Page): { has(module: string): boolean } {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') urls.push(request.url());
	});
	return { has: (module) => urls.some((url) => isChunkOf(url, module)) };
}

/**
 * Holds back the chunk named after `module` until the returned function is called, so a test can
 * act before an island's code has arrived, whatever the machine's speed.
 */
export async function holdChunk(page: Page, module: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(
		(url) => isChunkOf(url.href, module),
		async (route) => {
			await held;
			await route.continue();
		},
	);
	return release;
}

/**
 * Makes the first request for the chunk named after `module` fail as a dropped connection does;
 * later requests go through. For proving an island recovers on the reader's next move.
 */
export async function failChunkOnce(page: Page, module: string): Promise<void> {
	let failed = false;
	await page.route(
		(url) => isChunkOf(url.href, module),
		async (route) => {
			if (failed) return route.continue();
			failed = true;
			await route.abort('internetdisconnected');
		},
	);
}
