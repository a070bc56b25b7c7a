// @ts-check
/**
 * Where the API profiles are read from: `src/content/profiles/`, or the folder `PROFILES_DIR`
 * names. Only `npm run test:e2e:imported` sets it, to build the site with the profiles the OpenAPI
 * importer wrote in its tests (tests/openapi/golden/) beside the real ones. One home, so the
 * content collection, the llms.txt index and the tests cannot read different folders.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The profiles folder as a file URL ending in `/`. */
export const profilesDir = process.env['PROFILES_DIR']
	? pathToFileURL(`${resolve(process.env['PROFILES_DIR'])}/`)
	: new URL('../src/content/profiles/', import.meta.url);
