/**
 * The pasted request turned into the one request model, credential repaired: the header that
 * carried the credentials becomes `Authorization` with the corrected value, and its secret is
 * marked so the snippet emitters read it from an environment variable by default. The recipe is
 * read back from the value and must rebuild it exactly, or no snippet is offered: a snippet that
 * sent other bytes than the header shown would be worse than none.
 */
import { decodeBase64, encodeBase64, utf8Bytes } from '../../auth/base64.ts';
import { decodeCredentialBytes } from '../../auth/basic-decode.ts';
import {
	httpMethods,
	type ApiRequest,
	type AuthorizationRecipe,
	type Header,
	type HttpMethod,
} from '../../http/index.ts';
import { recipeHeaderValue } from '../../snippets/recipe.ts';
import type { PastedRequest } from '../reading.ts';
import type { CorrectedRequest, DoctorProfile } from '../types.ts';

const clientManaged = new Set([
	'host',
	'content-length',
	'transfer-encoding',
	'connection',
	'expect',
	'keep-alive',
	'upgrade',
]);
const envName = /^[A-Z][A-Z0-9_]*$/;

function secret(value: string, envVar: string) {
	return { kind: 'secret', value, envVar } as const;
}

/** The recipe that makes `value`, its secret read from `envVar`; undefined when none rebuilds it exactly. */
export function recipeFor(
	value: string,
	envVar: string,
	profile: DoctorProfile | undefined,
): AuthorizationRecipe | undefined {
	const space = value.indexOf(' ');
	const scheme = value.slice(0, space).toLowerCase();
	const credentials = value.slice(space + 1);
	let recipe: AuthorizationRecipe | undefined;
	if (scheme === 'bearer') recipe = { kind: 'bearer', token: secret(credentials, envVar) };
	if (scheme === 'basic') {
		const decoded = decodeBase64(credentials);
		if (!decoded.ok) return undefined;
		const { text, encoding } = decodeCredentialBytes(decoded.bytes);
		const colon = text.indexOf(':');
		if (encoding === 'latin-1' || colon === -1) return undefined;
		const [user, password] = [text.slice(0, colon), text.slice(colon + 1)];
		const keyIsUser =
			password === '' ||
			(profile?.auth.scheme === 'basic' && profile.auth.username === 'key-as-username');
		recipe = {
			kind: 'basic',
			userId: keyIsUser ? secret(user, envVar) : user,
			password: keyIsUser ? password : secret(password, envVar),
			formEncode: false,
		};
	}
	return recipe && recipeHeaderValue(recipe) === value ? recipe : undefined;
}

function unsupported(reason: string): CorrectedRequest {
	return { inlineable: false, unsupported: reason };
}

/** `pasted` with its credential repaired, or why no snippet can repeat it. */
export function correctedRequest(
	pasted: PastedRequest,
	corrected: string | undefined,
	profile: DoctorProfile | undefined,
): CorrectedRequest {
	if (pasted.unsupported) return unsupported(pasted.unsupported);
	const method = pasted.method.toUpperCase();
	if (!(httpMethods as readonly string[]).includes(method))
		return unsupported(`The snippets send GET, POST, PUT, PATCH and DELETE, not ${method}.`);
	const headers: Header[] = [];
	let recipe: AuthorizationRecipe | undefined;
	let inlineable = true;
	for (const [index, [name, value]] of pasted.headers.entries()) {
		if (clientManaged.has(name.toLowerCase())) continue;
		if (index !== pasted.credentialAt) {
			headers.push([name, value]);
			continue;
		}
		const variable =
			pasted.credentialVariable && envName.test(pasted.credentialVariable)
				? pasted.credentialVariable
				: undefined;
		const envVar = profile?.envVar ?? variable ?? 'API_KEY';
		// The readers return the checked value even when nothing needed repair; undefined means unsure.
		let sent = corrected;
		if (
			sent === undefined &&
			variable &&
			(/^bearer /i.test(value) || pasted.basicUser !== undefined)
		) {
			// The credential comes from a variable the doctor cannot read: the snippet reads the same
			// variable, and its name stands in for the value that only inline mode would show.
			const stand =
				pasted.basicUser === undefined
					? `Bearer ${variable}`
					: `Basic ${encodeBase64(utf8Bytes(`${pasted.basicUser}:${variable}`))}`;
			sent = recipeFor(stand, variable, undefined) ? stand : undefined;
			inlineable = false;
		}
		if (sent === undefined)
			return unsupported(
				'The credentials need a repair the doctor cannot be sure of; fix the findings above first.',
			);
		recipe = recipeFor(sent, inlineable ? envVar : variable!, inlineable ? profile : undefined);
		if (!recipe)
			return unsupported(
				'The corrected credentials cannot be rebuilt from an environment variable byte for byte.',
			);
		headers.push(['Authorization', sent]);
	}
	const request: ApiRequest = {
		method: method as HttpMethod,
		url: pasted.url,
		headers,
		// The body travels as the exact text pasted; the emitters send a "json" body byte for byte, whatever its type.
		...(pasted.body !== undefined && pasted.body !== ''
			? { body: { kind: 'json' as const, text: pasted.body } }
			: {}),
		...(recipe ? { authorization: recipe } : {}),
	};
	return { request, inlineable };
}
