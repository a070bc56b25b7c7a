import { readFileSync } from 'node:fs';
import { codeToTokensWithThemes } from 'shiki';
import lightTheme from 'shiki/themes/github-light-default.mjs';
import darkTheme from 'shiki/themes/github-dark-default.mjs';
import { describe, expect, test } from 'vitest';
import {
	blockColours,
	kindScopes,
	paletteCss,
	scopeColour,
} from '../../src/components/kit/code-palette.ts';

const themes = [
	['light', lightTheme],
	['dark', darkTheme],
] as const;

describe('snippet colours', () => {
	test('code-palette.css is what scripts/code-palette.ts writes from the Shiki themes', () => {
		const css = readFileSync(
			new URL('../../src/components/kit/code-palette.css', import.meta.url),
			'utf8',
		);
		expect(css, 'run `npx node scripts/code-palette.ts`').toBe(paletteCss(lightTheme, darkTheme));
	});

	// Shiki itself is the oracle: a token it scopes as each kind's scope gets the colour we derive.
	test.each([
		['keyword', 'javascript', 'if (a) b();', 'if'],
		['string', 'python', 'x = "text"', '"text"'],
		['variable', 'javascript', 'const API_KEY = process.env.API_KEY;', 'API_KEY'],
		['function', 'python', 'def form_encode(value):\n    pass', 'form_encode'],
		['comment', 'go', '// RFC 7617\npackage main', '// RFC 7617'],
		['constant', 'javascript', 'let interval = 5;', '5'],
	] as const)(
		'a %s has the colour Shiki gives it in %s, in both themes',
		async (kind, lang, code, text) => {
			const lines = await codeToTokensWithThemes(code, {
				lang,
				themes: { light: 'github-light-default', dark: 'github-dark-default' },
			});
			const found = lines.flat().find((token) => token.content.trim() === text);
			for (const [name, theme] of themes)
				expect(found?.variants[name]?.color?.toLowerCase(), name).toBe(
					scopeColour(theme, kindScopes[kind]),
				);
		},
		30_000, // the first case loads Shiki's grammars: seconds on a busy machine
	);

	// WCAG 2.2 relative luminance and contrast ratio (SC 1.4.3: at least 4.5 for normal text).
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((at) => {
			const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
			return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const contrast = (a: string, b: string) => {
		const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (light! + 0.05) / (dark! + 0.05);
	};

	test.each(themes)('every kind reads at WCAG AA contrast on the %s background', (_name, theme) => {
		const { foreground, background } = blockColours(theme);
		const colours = [
			foreground,
			...Object.values(kindScopes).map((scope) => scopeColour(theme, scope)),
		];
		for (const colour of colours) expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
	});

	test('the most specific rule wins, and a scope no rule names keeps the foreground', () => {
		const theme = {
			colors: { 'editor.foreground': '#111111' },
			tokenColors: [
				{ scope: 'variable.other.constant', settings: { foreground: '#333333' } },
				{ scope: ['variable', 'string variable'], settings: { foreground: '#222222' } },
			],
		};
		expect(scopeColour(theme, 'variable.other.constant')).toBe('#333333');
		expect(scopeColour(theme, 'variable.parameter')).toBe('#222222');
		expect(scopeColour(theme, 'variables')).toBe('#111111');
		expect(scopeColour(theme, 'keyword')).toBe('#111111');
	});
});
