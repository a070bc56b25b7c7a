/** The `_headers` file the build writes: the page CSP as a header, and the site-wide security headers. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	formatCaddy,
	formatHeadersFile,
	formatNginx,
	headerRules,
	headersFor,
	parseHeadersFile,
} from '../../config/headers-file.mjs';
import { builtPages } from '../../config/security-headers.mjs';

const policyA = "default-src 'self'; script-src 'self' 'sha256-AAA='";
const policyB = "default-src 'self'; script-src 'self' 'sha256-BBB='";

/** The value of one header in a list of [name, value] pairs. */
function header(headers: [string, string][], name: string): string | undefined {
	return headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

describe('headerRules', () => {
	test('sends the one policy every page shares on every path under the base, with frame-ancestors added', () => {
		const rules = headerRules(
			[
				{ path: '/docs/auth/', policy: policyA },
				{ path: '/docs/auth/playground/', policy: policyA },
			],
			'/docs/auth/',
		);
		expect(rules.map((rule) => rule.path)).toEqual(['/docs/auth/*']);
		const headers = headersFor(rules, '/docs/auth/this-page-does-not-exist/');
		expect(header(headers, 'Content-Security-Policy')).toBe(`${policyA}; frame-ancestors 'none'`);
	});

	test('gives each page exactly its own policy when pages differ, and no path two policies', () => {
		const pages = [
			{ path: '/', policy: policyA },
			{ path: '/playground/', policy: policyB },
		];
		const rules = headerRules(pages, '/');
		expect(header(headersFor(rules, '/'), 'Content-Security-Policy')).toBe(
			`${policyA}; frame-ancestors 'none'`,
		);
		expect(header(headersFor(rules, '/playground/'), 'Content-Security-Policy')).toBe(
			`${policyB}; frame-ancestors 'none'`,
		);
		for (const path of ['/', '/playground/', '/_astro/x.js']) {
			const names = headersFor(rules, path).map(([name]) => name.toLowerCase());
			expect(new Set(names).size, `headers on ${path}`).toBe(names.length);
		}
	});

	test.each([
		['X-Content-Type-Options', /^nosniff$/],
		['Referrer-Policy', /^no-referrer$/],
		['Cross-Origin-Opener-Policy', /^same-origin$/],
		[
			'Strict-Transport-Security',
			/^max-age=(3153[6-9]\d{3}|3[2-9]\d{6}|[4-9]\d{7}|\d{9,}); includeSubDomains/,
		],
		['Permissions-Policy', /(^|, )camera=\(\)/],
		['Permissions-Policy', /(^|, )microphone=\(\)/],
		['Permissions-Policy', /(^|, )geolocation=\(\)/],
		['Permissions-Policy', /(^|, )payment=\(\)/],
		['Permissions-Policy', /(^|, )usb=\(\)/],
		['Permissions-Policy', /(^|, )clipboard-write=\(self\)/],
		['X-Frame-Options', /^DENY$/],
	])('sends %s matching %s on pages and files alike', (name, value) => {
		for (const pages of [
			[{ path: '/', policy: policyA }],
			[
				{ path: '/', policy: policyA },
				{ path: '/x/', policy: policyB },
			],
		]) {
			const rules = headerRules(pages, '/');
			for (const path of ['/', '/_astro/x.js'])
				expect(header(headersFor(rules, path), name)).toMatch(value);
		}
	});

	test('refuses a build without any page policy', () => {
		expect(() => headerRules([], '/')).toThrow(/no page/);
	});
});

describe('the _headers file', () => {
	test('reads back as the rules it was written from', () => {
		const rules = headerRules(
			[
				{ path: '/', policy: policyA },
				{ path: '/guides/x/', policy: policyB },
			],
			'/',
		);
		const text = formatHeadersFile(rules);
		expect(text).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff$/m);
		expect(parseHeadersFile(text)).toEqual(rules);
	});

	test('refuses a header line before any path', () => {
		expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/cannot read/);
	});
});

describe('builtPages', () => {
	/** A throw-away dist folder holding `files` (path → HTML). */
	function dist(files: Record<string, string>): string {
		const dir = mkdtempSync(join(tmpdir(), 'headers-'));
		for (const [file, html] of Object.entries(files)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), html);
		}
		return dir;
	}
	const meta = (policy: string) =>
		`<html><head><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"></head></html>`;

	test('reads each page’s meta policy, as its URL path under the base', () => {
		const dir = dist({
			'index.html': meta(policyA),
			'guides/x/index.html': meta(policyB),
			'404.html': meta(policyA),
			'_astro/a.js': '',
		});
		expect(builtPages(dir, '/docs/auth/').sort((a, b) => a.path.localeCompare(b.path))).toEqual([
			{ path: '/docs/auth/', policy: policyA },
			{ path: '/docs/auth/404.html', policy: policyA },
			{ path: '/docs/auth/guides/x/', policy: policyB },
		]);
	});

	test('fails the build for a page without a policy', () => {
		expect(() => builtPages(dist({ 'index.html': '<html></html>' }), '/')).toThrow(
			/index\.html has no content-security-policy/,
		);
	});
});

describe('nginx and Caddy equivalents', () => {
	const shared = headerRules([{ path: '/docs/', policy: policyA }], '/docs/');
	const perPage = headerRules(
		[
			{ path: '/', policy: policyA },
			{ path: '/playground/', policy: policyB },
		],
		'/',
	);

	test('nginx sends every site-wide header with add_header … always', () => {
		const config = formatNginx(shared);
		for (const [name, value] of shared[0]?.headers ?? [])
			expect(config).toContain(`add_header ${name} "${value}" always;`);
	});

	test('nginx picks each page’s own policy by $uri, for the folder and its index file', () => {
		const config = formatNginx(perPage);
		expect(config).toContain('map $uri $page_content_security_policy {\n\tdefault "";');
		expect(config).toContain(
			`\t/playground/ "${policyB}; frame-ancestors 'none'";\n\t/playground/index.html "${policyB}; frame-ancestors 'none'";`,
		);
		expect(config).toContain(
			'add_header Content-Security-Policy $page_content_security_policy always;',
		);
	});

	test('Caddy sets each rule’s headers on its path', () => {
		const config = formatCaddy(perPage);
		expect(config).toContain(
			`header /playground/ {\n\tContent-Security-Policy "${policyB}; frame-ancestors 'none'"\n}`,
		);
		expect(config).toContain('header /* {\n\tX-Content-Type-Options "nosniff"');
	});

	test.each([formatNginx, formatCaddy])('%o refuses a value it cannot quote', (format) => {
		expect(() => format([{ path: '/*', headers: [['X-Test', 'a "quoted" $value']] }])).toThrow(
			/cannot quote/,
		);
	});
});
