/**
 * The Authorization recipe, read back. In environment-variable mode a snippet rebuilds the header
 * from the recipe in its own language, so the recipe must produce exactly the header the builder
 * made; this module checks that it does (it never makes a header for sending).
 */
import { encodeBase64, utf8Bytes } from '../auth/base64.ts';
import { formUrlEncode } from '../auth/form-encode.ts';
import { partValue, type AuthorizationRecipe } from '../http/request.ts';

/** The header value `recipe` describes: `Basic base64(utf8(user ":" password))` (RFC 7617 §2) or `Bearer token` (RFC 6750 §2.1). */
export function recipeHeaderValue(recipe: AuthorizationRecipe): string {
	if (recipe.kind === 'bearer') return `Bearer ${partValue(recipe.token)}`;
	const encode = recipe.formEncode ? formUrlEncode : (text: string) => text;
	return `Basic ${encodeBase64(utf8Bytes(`${encode(partValue(recipe.userId))}:${encode(partValue(recipe.password))}`))}`;
}

/** True when the recipe holds a secret, so environment-variable mode rebuilds the header. */
export function recipeHasSecret(recipe: AuthorizationRecipe): boolean {
	const parts = recipe.kind === 'bearer' ? [recipe.token] : [recipe.userId, recipe.password];
	return parts.some((part) => typeof part !== 'string');
}
