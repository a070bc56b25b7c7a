/**
 * Writes src/components/kit/code-palette.css: the colour of each snippet token kind in Shiki's
 * github-light-default and github-dark-default themes (see src/components/kit/code-palette.ts).
 * Run `npx node scripts/code-palette.ts` after changing a kind or upgrading Shiki; the unit test
 * in tests/unit/code-palette.test.ts fails until the file matches.
 */
import { writeFileSync } from 'node:fs';
import light from 'shiki/themes/github-light-default.mjs';
import dark from 'shiki/themes/github-dark-default.mjs';
import { paletteCss } from '../src/components/kit/code-palette.ts';

const file = new URL('../src/components/kit/code-palette.css', import.meta.url);
writeFileSync(file, paletteCss(light, dark));
console.log(`wrote ${file.pathname}`);
