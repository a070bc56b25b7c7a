/**
 * Values written as expressions in JavaScript, Python and Go: literal text, variables read from
 * the environment and the computed Basic credentials joined with `+`. The three languages only
 * differ in how a literal and a variable are spelled.
 */
import { joinText, type BasicPlan, type Piece } from './plan.ts';
import { joinTokens, token, type Token } from './tokens.ts';

/** How one language spells a literal and the variable holding an environment variable's value. */
export interface ExpressionSyntax {
	readonly literal: (text: string) => string;
	readonly variable: (envVar: string) => string;
	/** The snippet's own form-urlencoding function (RFC 6749 Appendix B). */
	readonly formEncode: string;
}

/** `pieces` as one expression; each variable passed through the snippet's formEncode when asked. */
export function expression(
	pieces: readonly Piece[],
	syntax: ExpressionSyntax,
	formEncode = false,
	separator = ' + ',
): Token[] {
	const terms = joinText(pieces).map((piece) => {
		if ('text' in piece) return [token('string', syntax.literal(piece.text))];
		const term = token('variable', 'env' in piece ? syntax.variable(piece.env) : 'basic');
		return formEncode
			? [token('function', syntax.formEncode), token('plain', '('), term, token('plain', ')')]
			: [term];
	});
	return joinTokens(terms, token('plain', separator));
}

/** `user-id ":" password` (RFC 7617 §2), variables form-urlencoded first for OAuth clients (RFC 6749 §2.3.1). */
export function userPassExpression(basic: BasicPlan, syntax: ExpressionSyntax): Token[] {
	return expression([basic.userId, { text: ':' }, basic.password], syntax, basic.formEncode);
}
