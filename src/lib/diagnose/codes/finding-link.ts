/**
 * Links to one finding: `/troubleshooting/#<code>`, plus non-secret context after it
 * (`#missing-colon&api=lemlist&kind=curl`). The link is built from typed fields only, so no
 * pasted text can reach it; reading it back accepts only known codes, profile ids and kinds.
 */
import { isFindingCode, type FindingCode } from './finding-codes.ts';
import type { InputKind } from '../types.ts';

export const troubleshootingPath = '/troubleshooting/';

const inputKinds: readonly InputKind[] = [
	'header-line',
	'header-value',
	'curl',
	'url',
	'http-response',
	'code',
];
const profileId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface FindingLinkContext {
	/** The id of the API picked on the page (a public profile id, never a key). */
	readonly api?: string | undefined;
	/** What the paste was read as. */
	readonly kind?: InputKind | undefined;
}

/** The fragment for a finding, `#code` or `#code&api=…&kind=…`. */
export function findingFragment(code: FindingCode, context: FindingLinkContext = {}): string {
	const parts: string[] = [code];
	if (context.api !== undefined && profileId.test(context.api)) parts.push(`api=${context.api}`);
	if (context.kind !== undefined && inputKinds.includes(context.kind))
		parts.push(`kind=${context.kind}`);
	return `#${parts.join('&')}`;
}

/** The absolute link to a finding on the site whose pages live at `root` (origin plus base path). */
export function findingLink(
	root: string,
	code: FindingCode,
	context: FindingLinkContext = {},
): string {
	return `${root.replace(/\/?$/, '')}${troubleshootingPath}${findingFragment(code, context)}`;
}

export interface FindingLinkTarget {
	readonly code: FindingCode;
	readonly api?: string;
	readonly kind?: InputKind;
}

/** Reads a fragment made by `findingFragment`; undefined when it names no finding. */
export function parseFindingFragment(hash: string): FindingLinkTarget | undefined {
	const [code = '', ...rest] = hash.replace(/^#/, '').split('&');
	if (!isFindingCode(code)) return undefined;
	let target: FindingLinkTarget = { code };
	for (const part of rest) {
		const [name, value = ''] = part.split('=');
		if (name === 'api' && profileId.test(value)) target = { ...target, api: value };
		const kind = inputKinds.find((candidate) => candidate === value);
		if (name === 'kind' && kind) target = { ...target, kind };
	}
	return target;
}
