/**
 * Paths of this site under the base path it is deployed at (`BASE_PATH` at build time, `/` by
 * default). Pure: the base comes in as an argument; components pass Astro's `BASE_URL`.
 */

/** The base with exactly one leading and one trailing slash: `docs/auth` → `/docs/auth/`. */
export function normalizeBase(base: string): string {
	const inner = base.replace(/^\/+|\/+$/g, '');
	return inner === '' ? '/' : `/${inner}/`;
}

/** A root-relative site path (`/guides/basic-auth/#x`) under `base` (`/docs/auth/guides/basic-auth/#x`). */
export function sitePath(base: string, path: string): string {
	if (!path.startsWith('/') || path.startsWith('//'))
		throw new Error(`sitePath: ${path} is not a root-relative path`);
	return normalizeBase(base) + path.slice(1);
}
