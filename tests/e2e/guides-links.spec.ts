/**
 * No broken internal link in the built site: every href/src in dist/ that points at this site
 * (relative, root-relative or the canonical origin) resolves to a built file, and every #anchor
 * to an element with that id on the target page. Reads dist/ directly: `astro build` runs first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, distDir, sitePage, siteUrl } from './support/site.ts';
import { findingsForError } from '../../src/lib/diagnose/index.ts';

const dist = distDir;
const site = new URL(siteUrl).origin;

/** Every built HTML page as its URL path under the base ("/docs/auth/guides/basic-auth/") and file. */
function pages(): { path: string; file: string }[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.map((file) => {
			const rel = sitePage('/' + relative(dist, file).split(sep).join('/'));
			return { path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file };
		});
}

/** The dist file a URL path is served from, or undefined (also for a path outside the base). */
function fileFor(path: string): string | undefined {
	if (!path.startsWith(basePath)) return undefined;
	const clean = decodeURIComponent(path.slice(basePath.length - 1));
	const candidates = clean.endsWith('/')
		? [join(dist, clean, 'index.html')]
		: [join(dist, clean), join(dist, `${clean}.html`), join(dist, clean, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		ids = new Set(
			[...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) =>
				m[1]!.replace(/&amp;/g, '&'),
			),
		);
		idCache.set(file, ids);
	}
	return ids;
}

/** Local links of one page: [attribute value, resolved URL]. */
function localLinks(html: string, pagePath: string): [string, URL][] {
	const base = new URL(pagePath, site);
	const links: [string, URL][] = [];
	for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
		const raw = match[1]!.replace(/&amp;/g, '&');
		if (raw === '' || /^(mailto|tel|javascript|data):/i.test(raw)) continue;
		const url = new URL(raw, base);
		if (url.origin !== site) continue;
		links.push([raw, url]);
	}
	return links;
}

/** Links of `html` (served at `pagePath`) that point at no built file or at a missing anchor. */
function brokenLinks(html: string, pagePath: string): string[] {
	const broken: string[] = [];
	for (const [raw, url] of localLinks(html, pagePath)) {
		const target = fileFor(url.pathname);
		if (!target) {
			broken.push(`${raw} (no file for ${url.pathname})`);
			continue;
		}
		const anchor = decodeURIComponent(url.hash.slice(1));
		if (anchor !== '' && target.endsWith('.html') && !idsOf(target).has(anchor))
			broken.push(`${raw} (no id="${anchor}" on ${url.pathname})`);
	}
	return broken;
}

test('the built site has pages to check', () => {
	expect(pages().length).toBeGreaterThanOrEqual(12);
});

test('the checker reports a missing page and a missing anchor, and accepts good links', () => {
	const [missing, badAnchor, good, page] = [
		'/no-such-page/',
		'/guides/basic-auth/#no-such-anchor',
		'/guides/basic-auth/#the-scheme-in-four-steps',
		'/guides/basic-auth/',
	].map(sitePage);
	const html = `<a href="${missing}">x</a> <a href="${badAnchor}">y</a> <a href="${good}">z</a> <a href="https://example.org/">e</a>`;
	expect(brokenLinks(html, sitePage('/'))).toEqual([
		`${missing} (no file for ${missing})`,
		`${badAnchor} (no id="no-such-anchor" on ${page})`,
	]);
	if (basePath !== '/')
		expect(
			brokenLinks('<a href="/guides/basic-auth/">outside the base</a>', sitePage('/')),
		).toEqual(['/guides/basic-auth/ (no file for /guides/basic-auth/)']);
});

/** Starlight gives its 404 page a canonical URL of /404/, which no server serves: not a reader's link. */
const notFoundCanonical = /<link rel="canonical" href="[^"]*\/404\/"\s*\/?>/;

for (const page of pages()) {
	test(`every internal link and anchor on ${page.path} resolves`, () => {
		const html = readFileSync(page.file, 'utf8').replace(
			page.path === sitePage('/404.html') ? notFoundCanonical : /$^/,
			'',
		);
		expect(brokenLinks(html, page.path), `broken links on ${page.path}`).toEqual([]);
	});
}

/** The HTML of one section of a built page: from the element with `id` to the next `<section`. */
function sectionOf(html: string, opening: string): string {
	const start = html.indexOf(opening);
	if (start < 0) return '';
	const end = html.indexOf('<section', start + opening.length);
	return html.slice(start, end < 0 ? undefined : end);
}

// Each pair below is one link each way; the test above proves every one of them resolves.
const errorFindingPairs = Object.entries(findingsForError).flatMap(([error, findings]) =>
	findings.map((finding) => [error, finding] as const),
);

for (const [error, finding] of errorFindingPairs) {
	test(`the error ${error} links to the finding ${finding} on /troubleshooting/, and back`, () => {
		const errors = readFileSync(fileFor(sitePage('/reference/errors/'))!, 'utf8');
		const doctor = readFileSync(fileFor(sitePage('/troubleshooting/'))!, 'utf8');
		expect(sectionOf(errors, `<h3 id="${error}"`)).toContain(
			`href="${sitePage(`/troubleshooting/#${finding}`)}"`,
		);
		expect(sectionOf(doctor, `<section id="${finding}"`)).toContain(
			`href="${sitePage(`/reference/errors/#${error}`)}"`,
		);
	});
}

test('every page listed in /llms.txt exists', () => {
	const text = readFileSync(join(dist, 'llms.txt'), 'utf8');
	const urls = [...text.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => new URL(m[1]!));
	expect(urls.length).toBeGreaterThan(10);
	expect(urls.filter((url) => url.origin !== site || !fileFor(url.pathname)).map(String)).toEqual(
		[],
	);
});
