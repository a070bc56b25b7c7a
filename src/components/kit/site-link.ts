/**
 * A root-relative path of this site (`/reference/errors/#x`) under the base path it was built for
 * (`BASE_PATH`, Astro's `base`), for components at build time and islands at run time alike: Vite
 * writes `BASE_URL` into the bundle, so the browser needs no data to know the base.
 */
import { sitePath } from '../../lib/site-path.ts';

/** `path` under the site's base. */
export function siteLink(path: string): string {
	return sitePath(import.meta.env.BASE_URL, path);
}
