/**
 * A request's headers, wherever they came from (pasted lines, `curl -H`): finds the ones that
 * carry credentials, checks each, and reports credentials sent more than once.
 */
import { checkAuthorizationValue } from '../credentials/authorization-check.ts';
import { checkBasicToken, encodeCredentials } from '../credentials/basic-check.ts';
import { checkBearerToken } from '../credentials/bearer-check.ts';
import { checkCharacters } from '../credentials/characters.ts';
import { checkKeyHeaderValue } from '../credentials/key-header-check.ts';
import { maxFindingsPerCode, report, type Collector } from '../findings/collector.ts';
import { valueForKey } from '../credentials/corrected-header.ts';
import { headerRole, misspellingReason } from './header-names.ts';
import { hasExpansion, spanAll, trimLocated, type Located } from '../findings/located.ts';

export interface LocatedHeader {
	readonly name: Located;
	readonly value: Located;
}

export interface HeadersOutcome {
	/** The corrected Authorization value from the first credentials header, when certain. */
	readonly corrected: string | undefined;
	/** Whether any header carries credentials (for -u / URL duplication checks). */
	readonly credentialHeaders: number;
	/** The first header that carries credentials, to point a duplication finding at. */
	readonly first?: LocatedHeader;
}

const schemeStart = /^\s*(?:bearer|basic)\b/i;

/** Checks every credentials header in `headers`. */
export function checkHeaders(into: Collector, headers: readonly LocatedHeader[]): HeadersOutcome {
	let corrected: string | undefined;
	const carrying: LocatedHeader[] = [];
	for (const header of headers) {
		// Past a few credential headers the paste repeats itself: count them, do not check each again.
		if (carrying.length >= maxFindingsPerCode) {
			if (headerRole(header.name.text) !== 'other') carrying.push(header);
			continue;
		}
		const outcome = checkHeader(into, header);
		if (outcome === 'none') continue;
		if (carrying.length === 1) {
			report(
				into,
				'duplicated-credentials',
				spanAll(header.name),
				`Credentials are sent twice: in "${carrying[0]!.name.text.trim()}" and again in "${header.name.text.trim()}".`,
			);
		}
		carrying.push(header);
		corrected ??= outcome;
	}
	return carrying[0]
		? { corrected, credentialHeaders: carrying.length, first: carrying[0] }
		: { corrected, credentialHeaders: 0 };
}

/** Checks one header: `'none'` when it carries no credentials, else its corrected Authorization value. */
function checkHeader(into: Collector, header: LocatedHeader): string | undefined | 'none' {
	const auth = into.profile?.auth;
	const keyHeader = auth?.scheme === 'apiKey' && auth.in === 'header' ? auth.name : undefined;
	const named = header.name.text.trim();
	// The API's own key header (X-API-Key, X-Figma-Token): the key as it is, checked like any key.
	if (keyHeader && named.toLowerCase() === keyHeader.toLowerCase()) {
		checkCharacters(into, header.name, 'the header name');
		checkKeyHeaderValue(into, header.value, named);
		return undefined;
	}
	const role = headerRole(header.name.text);
	if (role === 'other') return 'none';
	checkCharacters(into, header.name, 'the header name');
	if (auth?.scheme === 'apiKey') {
		const where =
			auth.in === 'header' ? `the ${auth.name} header` : `the ${auth.name} query parameter`;
		report(
			into,
			'wrong-header-name',
			spanAll(header.name),
			`${into.profile!.name} reads its key from ${where}, not from "${named}".`,
		);
		return undefined;
	}
	if (role === 'authorization') return checkAuthorizationValue(into, header.value);
	const lower = header.name.text.trim().toLowerCase();
	const hasScheme = schemeStart.test(header.value.text);
	// A key header of its own (X-API-Key) with no API chosen: the doctor cannot tell it is wrong, but reads the key.
	if (role === 'api-key' && !into.profile && !hasScheme) {
		checkKeyHeaderValue(into, header.value, named);
		return undefined;
	}
	const reason =
		role === 'misspelled'
			? misspellingReason(header.name.text)
			: `${into.profile ? into.profile.name : 'This API'} reads credentials from "Authorization", not from "${header.name.text.trim()}".`;
	report(into, 'wrong-header-name', spanAll(header.name), reason);
	if (hasScheme || role === 'misspelled') {
		if (lower === 'bearer' && !hasScheme)
			return prefixed('Bearer', checkBearerToken(into, trimLocated(header.value)));
		if (lower === 'basic' && !hasScheme)
			return prefixed(
				'Basic',
				checkBasicToken(into, trimLocated(header.value)).credentials,
				encodeCredentials,
			);
		return checkAuthorizationValue(into, header.value);
	}
	if (hasExpansion(header.value)) return undefined;
	const key = checkBearerToken(into, trimLocated(header.value), 'the key');
	return key === undefined || !into.profile ? undefined : valueForKey(into.profile, key);
}

function prefixed(
	scheme: string,
	value: string | undefined,
	encode: (text: string) => string = (text) => text,
): string | undefined {
	return value === undefined ? undefined : `${scheme} ${encode(value)}`;
}
