/**
 * What every reader of a whole request shares once it has cut the paste into located parts:
 * the credential checks (headers, a Basic user/password pair given to the tool) and the
 * `PastedRequest` the snippets are made from. Readers differ in how they find the parts, not in
 * what is checked, so the doctor judges a header the same whatever tool it was written for.
 */
import { checkCredentials } from '../credentials/basic-credentials.ts';
import { encodeCredentials } from '../credentials/basic-check.ts';
import { encodeBase64, utf8Bytes } from '../../auth/base64.ts';
import type { Collector } from '../findings/collector.ts';
import {
	hasExpansion,
	isAllExpansion,
	LocatedBuilder,
	positionOf,
	spanOf,
	type Located,
} from '../findings/located.ts';
import { headerRole } from './header-names.ts';
import { checkHeaders, type LocatedHeader } from './headers.ts';
import type { PastedRequest } from '../reading.ts';

/** A Basic user/password pair given to a tool (`auth=("", KEY)`, `SetBasicAuth`, `-a user:pass`). */
export interface BasicPair {
	readonly user: Located;
	readonly password: Located;
}

const envRead =
	/process\.env\.([A-Za-z_]\w*)|process\.env\[["'](\w+)["']\]|os\.environ\[["'](\w+)["']\]|os\.environ\.get\(["'](\w+)["']|os\.getenv\(["'](\w+)["']|os\.Getenv\("(\w+)"\)|\$env:(\w+)|\$\{?([A-Za-z_]\w*)\}?|%([A-Za-z_]\w*)%|\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/;

/** The environment variable (or tool variable) an expression reads, upper-cased as a snippet names it. */
export function variableIn(text: string): string | undefined {
	const match = envRead.exec(text);
	const name = match?.slice(1).find((group) => group !== undefined);
	if (name) return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
	const identifier = /^[A-Za-z_]\w*$/.exec(text.trim())?.[0];
	return identifier ? identifier.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() : undefined;
}

/** `user:password` as one located text, offsets kept for both halves. */
function joined(pair: BasicPair): Located {
	const built = new LocatedBuilder();
	for (let i = 0; i < pair.user.text.length; i++)
		built.push(pair.user.text[i]!, positionOf(pair.user, i), pair.user.expanded?.[i] ?? false);
	built.push(':', positionOf(pair.user, pair.user.text.length), false);
	for (let i = 0; i < pair.password.text.length; i++)
		built.push(
			pair.password.text[i]!,
			positionOf(pair.password, i),
			pair.password.expanded?.[i] ?? false,
		);
	return built.build(positionOf(pair.password, pair.password.text.length), true);
}

/** Checks the credential headers and a Basic pair; returns the corrected Authorization value, when certain. */
export function checkReadCredentials(
	into: Collector,
	headers: readonly LocatedHeader[],
	pair?: BasicPair,
): string | undefined {
	const fromHeaders = checkHeaders(
		into,
		headers.filter((header) => headerRole(header.name.text) !== 'other'),
	);
	if (!pair) return fromHeaders.corrected;
	const both = joined(pair);
	if (hasExpansion(both)) return fromHeaders.corrected;
	const credentials = checkCredentials(into, both, {
		what: 'Basic credentials',
		spanFor: (start, end) => spanOf(both, start, end),
	});
	return (
		fromHeaders.corrected ??
		(credentials === undefined ? undefined : `Basic ${encodeCredentials(credentials)}`)
	);
}

/** The request a reader found: headers in order, a Basic pair sent as the Authorization header the tool builds. */
export function pastedRequest(
	method: string,
	url: string,
	headers: readonly LocatedHeader[],
	extra: {
		pair?: BasicPair | undefined;
		body?: string | undefined;
		unsupported?: string | undefined;
	} = {},
): PastedRequest {
	const sent: [string, string][] = headers.map((header) => [
		header.name.text.trim(),
		header.value.text.trim(),
	]);
	let credentialAt = headers.findIndex((header) => headerRole(header.name.text) !== 'other');
	let credentialVariable =
		credentialAt === -1 ? undefined : expandedVariable(headers[credentialAt]!.value);
	let basicUser: string | undefined;
	if (extra.pair && credentialAt === -1) {
		const { user, password } = extra.pair;
		sent.unshift([
			'Authorization',
			`Basic ${encodeBase64(utf8Bytes(`${user.text}:${password.text}`))}`,
		]);
		credentialAt = 0;
		credentialVariable = expandedVariable(password) ?? expandedVariable(user);
		if (isAllExpansion(password) && !hasExpansion(user)) basicUser = user.text;
	}
	return {
		method: method.toUpperCase(),
		url,
		headers: sent,
		...(extra.body !== undefined ? { body: extra.body } : {}),
		...(credentialAt !== -1 ? { credentialAt } : {}),
		...(credentialVariable ? { credentialVariable } : {}),
		...(basicUser !== undefined ? { basicUser } : {}),
		...(extra.unsupported ? { unsupported: extra.unsupported } : {}),
	};
}

/** The variable the expanded part of `value` reads, when it has one. */
function expandedVariable(value: Located): string | undefined {
	if (!value.expanded) return undefined;
	const first = value.expanded.indexOf(true);
	if (first === -1) return undefined;
	return variableIn(value.text.slice(first).replace(/^[`'"]?\s*\+\s*/, ''));
}
