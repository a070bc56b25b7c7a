/**
 * The colours of the snippet themes (github-light-default, github-dark-default), as classes.
 *
 * Design note: tokens carry class names (`l3 d5`) rather than inline colours, so highlighted code
 * needs no style attribute and works under a Content-Security-Policy without 'unsafe-inline'.
 * code-palette.css defines one class per colour; a unit test checks both against the themes.
 */

/** Token colours of the light theme, lower case; index i is class `l<i>`. */
export const lightPalette = [
	'#6e7781',
	'#cf222e',
	'#0550ae',
	'#953800',
	'#1f2328',
	'#8250df',
	'#116329',
	'#0a3069',
	'#82071e',
	'#f6f8fa',
	'#eaeef2',
	'#57606a',
] as const;

/** Token colours of the dark theme, lower case; index i is class `d<i>`. */
export const darkPalette = [
	'#8b949e',
	'#ff7b72',
	'#79c0ff',
	'#ffa657',
	'#e6edf3',
	'#d2a8ff',
	'#7ee787',
	'#a5d6ff',
	'#ffa198',
	'#f0f6fc',
	'#161b22',
] as const;

/** The default foreground of each theme: tokens in it get no class. */
export const defaultForeground = { light: '#1f2328', dark: '#e6edf3' } as const;

function classFor(
	prefix: string,
	palette: readonly string[],
	fallback: string,
	colour: string | undefined,
): string | undefined {
	const value = colour?.toLowerCase();
	if (value === undefined || value === fallback) return undefined;
	const index = palette.indexOf(value);
	return index === -1 ? undefined : `${prefix}${index}`;
}

/** The class list for a token coloured `light` / `dark`, or undefined for default-coloured text. */
export function tokenClass(
	light: string | undefined,
	dark: string | undefined,
): string | undefined {
	const classes = [
		classFor('l', lightPalette, defaultForeground.light, light),
		classFor('d', darkPalette, defaultForeground.dark, dark),
	].filter(Boolean);
	return classes.length > 0 ? classes.join(' ') : undefined;
}
