// @ts-check
// The HTTP headers a host sends with the built site, as one list of rules (a path pattern and its
// headers), written in the `_headers` format Netlify and Cloudflare Pages read, read back by the
// preview server, and converted to nginx and Caddy configuration (`scripts/server-headers.mjs`).
// No header name is set by two rules that can match one path: Netlify lets the later rule win,
// Cloudflare joins both values with a comma, and two joined CSPs would both be enforced.

/** @typedef {[name: string, value: string]} Header */
/** @typedef {{ path: string, headers: Header[] }} Rule  `path` is exact, or ends in `*` (a prefix). */
/** @typedef {{ path: string, policy: string }} Page  a built page's URL path and its meta CSP */

/** What a page that takes secrets needs from its host besides the CSP (README, "Deploy"). */
export const siteHeaders = /** @type {const} @satisfies {readonly Header[]} */ ([
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'no-referrer'],
	// Powerful features the site never uses are denied to it and to any frame. The clipboard stays
	// with this origin only: the copy buttons write it, and the browser tests read back what they
	// wrote (reading still asks the reader's permission first).
	[
		'Permissions-Policy',
		'accelerometer=(), bluetooth=(), camera=(), clipboard-read=(self), clipboard-write=(self), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
	],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
	// For browsers without CSP frame-ancestors, and for responses no page policy covers (404s).
	['X-Frame-Options', 'DENY'],
]);

/** A meta CSP as an HTTP header: the same policy plus what only a header can carry (CSP3 §3.3). */
export function headerPolicy(/** @type {string} */ metaPolicy) {
	return `${metaPolicy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/**
 * The rules for a site whose pages live under `base`: the site-wide headers on every path, and
 * each page's own CSP. When every page has the same policy (Astro hashes site-wide today) it goes
 * on every path, the 404 page included; otherwise each page gets exactly its own, on its path.
 * @param {Page[]} pages
 * @param {string} base normalised base path, `/` or `/docs/auth/`
 * @returns {Rule[]}
 */
export function headerRules(pages, base) {
	if (pages.length === 0)
		throw new Error('headers: the build has no page with a content-security-policy');
	const policies = new Set(pages.map((page) => page.policy));
	/** @type {Header[]} */
	const everywhere = [...siteHeaders];
	if (policies.size === 1)
		return [
			{
				path: `${base}*`,
				headers: [['Content-Security-Policy', headerPolicy(pages[0]?.policy ?? '')], ...everywhere],
			},
		];
	const perPage = [...pages]
		.sort((a, b) => a.path.localeCompare(b.path))
		.map((page) => ({
			path: page.path,
			headers: /** @type {Header[]} */ ([['Content-Security-Policy', headerPolicy(page.policy)]]),
		}));
	return [{ path: `${base}*`, headers: everywhere }, ...perPage];
}

/** The `_headers` file for `rules`. */
export function formatHeadersFile(/** @type {Rule[]} */ rules) {
	const blocks = rules.map((rule) =>
		[rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
	);
	return `# Written by config/security-headers.mjs at build time; see README, "Deploy".\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file (paths at the start of a line, indented `Name: value` lines under them). */
export function parseHeadersFile(/** @type {string} */ text) {
	/** @type {Rule[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || separator < 0) throw new Error(`_headers: cannot read the line "${line}"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

/** Whether a rule's path pattern matches a request path. */
export function pathMatches(/** @type {string} */ pattern, /** @type {string} */ path) {
	return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** The headers `rules` give a request path, in rule order. */
export function headersFor(/** @type {Rule[]} */ rules, /** @type {string} */ path) {
	return rules.filter((rule) => pathMatches(rule.path, path)).flatMap((rule) => rule.headers);
}

/** A header value as an nginx or Caddy double-quoted string. */
function quoted(/** @type {string} */ value) {
	if (/[$"\\\r\n]/.test(value))
		throw new Error(`headers: cannot quote ${value} for a server config`);
	return `"${value}"`;
}

/** Exact-path rules' headers grouped by name: name → [[path, value]]. */
function perPathHeaders(/** @type {Rule[]} */ rules) {
	/** @type {Map<string, [string, string][]>} */
	const byName = new Map();
	for (const rule of rules.filter((candidate) => !candidate.path.endsWith('*'))) {
		for (const [name, value] of rule.headers)
			byName.set(name, [...(byName.get(name) ?? []), [rule.path, value]]);
	}
	return byName;
}

/**
 * The same headers for nginx: `add_header` lines for the server (or location) block that serves
 * the site, after the `map` blocks (http level) that pick a page's own header when pages differ.
 * `always` sends them with the 404 page too, as `_headers` hosts do.
 */
export function formatNginx(/** @type {Rule[]} */ rules) {
	const lines = [
		'# Generated from dist/_headers by `npm run headers -- nginx`; see README, "Deploy".',
	];
	const byName = perPathHeaders(rules);
	for (const [name, entries] of byName) {
		const variable = `$page_${name.toLowerCase().replace(/-/g, '_')}`;
		lines.push(`# http level:`, `map $uri ${variable} {`, '\tdefault "";');
		// $uri is the request path, or the index file nginx answers a folder with.
		for (const [path, value] of entries)
			lines.push(
				`\t${path} ${quoted(value)};`,
				...(path.endsWith('/') ? [`\t${path}index.html ${quoted(value)};`] : []),
			);
		lines.push('}');
	}
	lines.push('# server or location level:');
	for (const rule of rules.filter((candidate) => candidate.path.endsWith('*'))) {
		for (const [name, value] of rule.headers)
			lines.push(`add_header ${name} ${quoted(value)} always;`);
	}
	for (const name of byName.keys())
		lines.push(`add_header ${name} $page_${name.toLowerCase().replace(/-/g, '_')} always;`);
	return `${lines.join('\n')}\n`;
}

/** The same headers for Caddy: `header` directives for the site block that serves `dist/`. */
export function formatCaddy(/** @type {Rule[]} */ rules) {
	const lines = [
		'# Generated from dist/_headers by `npm run headers -- caddy`; see README, "Deploy".',
	];
	for (const rule of rules) {
		lines.push(
			`header ${rule.path} {`,
			...rule.headers.map(([name, value]) => `\t${name} ${quoted(value)}`),
			'}',
		);
	}
	return `${lines.join('\n')}\n`;
}
