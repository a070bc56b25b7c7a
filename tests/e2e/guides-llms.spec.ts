/**
 * /llms.txt indexes every page of the sidebar with its URL and a one-line summary, and nothing
 * else; /llms-full.txt carries the guides as Markdown. The sidebar is read from the built page,
 * as a reader sees it, so the check holds whatever config produced it.
 */
import { expect, test } from '@playwright/test';

const site = 'https://auth-playground.dev';
/** The public slugs of the site map (DESIGN.md) that this suite guarantees. */
const siteMap = [
	'/',
	'/guides/api-keys/',
	'/guides/basic-auth/',
	'/guides/bearer-tokens/',
	'/guides/oauth2/',
	'/guides/rate-limits/',
	'/guides/security/',
	'/reference/errors/',
	'/playground/',
	'/troubleshooting/',
	'/apis/',
	'/apis/example-api/',
	'/apis/leadconduit/',
	'/apis/leadterra/',
	'/apis/lemlist/',
];

async function sidebarLinks(page: import('@playwright/test').Page) {
	await page.goto('/');
	const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
	return links.evaluateAll((elements) =>
		elements.map((a) => ({
			label: (a.textContent ?? '').trim(),
			href: a.getAttribute('href') ?? '',
		})),
	);
}

/** The API quickstarts the /apis/ page links to: the sidebar lists the index page, not each API. */
async function quickstartLinks(page: import('@playwright/test').Page) {
	await page.goto('/apis/');
	const links = page.locator('main').getByRole('link');
	return (
		await links.evaluateAll((elements) =>
			elements.map((a) => ({
				label: (a.textContent ?? '').trim(),
				href: a.getAttribute('href') ?? '',
			})),
		)
	).filter((link) => /^\/apis\/[a-z0-9-]+\/$/.test(link.href));
}

test('every slug of the site map is in the sidebar or on /apis/, and builds', async ({
	page,
	request,
}) => {
	const sidebar = (await sidebarLinks(page)).map((link) => link.href);
	const quickstarts = (await quickstartLinks(page)).map((link) => link.href);
	expect(sidebar.filter((href) => href.startsWith('/apis/'))).toEqual(['/apis/']);
	for (const slug of siteMap) {
		const reached = slug.startsWith('/apis/') && slug !== '/apis/' ? quickstarts : sidebar;
		expect(reached, `a link to ${slug}`).toContain(slug);
		expect((await request.get(slug)).status(), `${slug} is built`).toBe(200);
	}
});

test('/llms.txt lists every sidebar page and every API quickstart with its URL and a summary, and no other page', async ({
	page,
	request,
}) => {
	const links = [...(await sidebarLinks(page)), ...(await quickstartLinks(page))];
	const response = await request.get('/llms.txt');
	expect(response.status()).toBe(200);
	const text = await response.text();
	for (const { label, href } of links) {
		// A sidebar link's label is the line's; an API card's is its title with the scheme after it.
		const line = text
			.split('\n')
			.find(
				(l) =>
					l.startsWith('- [') &&
					l.includes(`](${site}${href}): `) &&
					label.startsWith(l.slice(3, l.indexOf(']('))),
			);
		expect(line, `llms.txt has a line for ${label} ${href}`).toBeDefined();
		expect(line!.split('): ')[1]!.length, `summary of ${href}`).toBeGreaterThan(20);
	}
	const indexed = [...text.matchAll(/^- \[[^\]]+\]\((https:[^)]+)\)/gm)]
		.map((m) => m[1]!)
		.filter((url) => !url.endsWith('.txt'));
	expect(indexed.sort()).toEqual(links.map((link) => `${site}${link.href}`).sort());
});

test('/llms-full.txt holds every guide as Markdown', async ({ request }) => {
	const text = await (await request.get('/llms-full.txt')).text();
	for (const title of [
		'API keys',
		'HTTP Basic authentication',
		'Bearer tokens',
		'OAuth 2.0',
		'Rate limits',
		'Security practice for keys and tokens',
		'Error reference',
	]) {
		expect(text).toContain(`\n# ${title}\n`);
	}
	expect(text).toContain('## The scheme in four steps');
	expect(text).not.toContain('Section titled');
});
