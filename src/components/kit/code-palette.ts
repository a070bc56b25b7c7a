/**
 * The colour of each snippet token kind in the themes the site's code uses (github-light-default
 * and github-dark-default, as Expressive Code shows MDX code), read from Shiki's theme files.
 *
 * Design note: each kind names the TextMate scope a highlighter gives such a token; the theme
 * rule whose selector matches that scope most specifically gives its colour, as in Shiki. The
 * colours live in code-palette.css as one class per kind (no style attributes, so coloured code
 * needs no 'unsafe-inline' in the Content-Security-Policy); `npx node scripts/code-palette.ts`
 * writes that file from here, and a unit test holds the two equal. Build-time only: no island
 * imports this module.
 */
import type { TokenKind } from '../../lib/snippets/index.ts';
import { tokenClass } from './code-view.ts';

/** The scope each coloured kind stands for (plain text keeps the block's foreground). */
export const kindScopes = {
	keyword: 'keyword',
	string: 'string',
	variable: 'variable.other.constant',
	function: 'entity.name.function',
	comment: 'comment',
	constant: 'constant.numeric',
} as const satisfies Record<Exclude<TokenKind, 'plain'>, string>;

/** The parts of a Shiki theme (a VS Code theme) that colour code. */
export interface CodeTheme {
	readonly name?: string | undefined;
	readonly colors?: Readonly<Record<string, string>> | undefined;
	readonly tokenColors?:
		| readonly {
				readonly scope?: string | readonly string[] | undefined;
				readonly settings: { readonly foreground?: string | undefined };
		  }[]
		| undefined;
}

/** The block's own colours: the editor foreground and background. */
export function blockColours(theme: CodeTheme): { foreground: string; background: string } {
	return {
		foreground: theme.colors?.['editor.foreground']?.toLowerCase() ?? '',
		background: theme.colors?.['editor.background']?.toLowerCase() ?? '',
	};
}

/**
 * The foreground `theme` gives a token of `scope`: among the rules with a plain selector equal to
 * the scope or a dot-separated prefix of it, the longest wins, the later one on a tie (TextMate's
 * rule; descendant selectors such as "string variable" do not apply to a lone scope).
 */
export function scopeColour(theme: CodeTheme, scope: string): string {
	let best = { depth: 0, colour: blockColours(theme).foreground };
	for (const rule of theme.tokenColors ?? []) {
		const colour = rule.settings.foreground;
		if (!colour || rule.scope === undefined) continue;
		const selectors = typeof rule.scope === 'string' ? rule.scope.split(',') : rule.scope;
		for (const selector of selectors.map((text) => text.trim())) {
			if (selector.includes(' ')) continue;
			if (scope !== selector && !scope.startsWith(`${selector}.`)) continue;
			const depth = selector.split('.').length;
			if (depth >= best.depth) best = { depth, colour: colour.toLowerCase() };
		}
	}
	return best.colour;
}

/** code-palette.css for the `light` and `dark` themes: the block, then one rule per kind and theme. */
export function paletteCss(light: CodeTheme, dark: CodeTheme): string {
	const lines = [
		`/* Written by scripts/code-palette.ts from Shiki's ${light.name} and ${dark.name} (code-palette.ts): do not edit. */`,
	];
	const rule = (prefix: string, selector: string, declarations: string) =>
		lines.push(`${prefix}pre.ap-code${selector} { ${declarations} }`);
	for (const [prefix, theme] of [
		['', light],
		[":root[data-theme='dark'] ", dark],
	] as const) {
		const { foreground, background } = blockColours(theme);
		rule(prefix, '', `color: ${foreground}; background: ${background};`);
		for (const [kind, scope] of Object.entries(kindScopes))
			rule(prefix, ` .${tokenClass(kind as TokenKind)}`, `color: ${scopeColour(theme, scope)};`);
	}
	return `${lines.join('\n')}\n`;
}
