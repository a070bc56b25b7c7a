import { describe, expect, test } from 'vitest';
import { authIssueCodeList } from '../../src/lib/auth/index.ts';
import {
	coreOnlySections,
	troubleshootingAnchors,
} from '../../src/lib/diagnose/codes/core-codes.ts';
import {
	errorsExplainedBy,
	findingCodeList,
	findingFragment,
	findingsForError,
	findingSeverity,
	isFindingCode,
	parseFindingFragment,
	relatedFindings,
} from '../../src/lib/diagnose/index.ts';
import { isErrorCode } from '../../src/lib/mock-api/error-codes.ts';
import { readFindingTexts } from '../support/code-texts.ts';

const findingTexts = readFindingTexts();

describe('anchors on /troubleshooting/', () => {
	test.each(authIssueCodeList)('the core issue code %s has an anchor', (code) => {
		expect(troubleshootingAnchors()).toContain(code);
	});

	test('no anchor is used twice', () => {
		expect(new Set(troubleshootingAnchors()).size).toBe(troubleshootingAnchors().length);
	});

	test.each(coreOnlySections().filter((section) => section.related !== undefined))(
		'the core-only code $code points to an existing finding',
		({ related }) => {
			expect(isFindingCode(related!)).toBe(true);
		},
	);

	test.each(findingCodeList)(
		'%s is a kebab-case anchor with a title, an explanation, a fix and an example',
		(code) => {
			expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			const info = findingTexts[code]!;
			for (const text of [info.title, info.explanation, info.fix, info.example])
				expect(text.length).toBeGreaterThan(0);
			expect(['error', 'warning', 'info']).toContain(findingSeverity(code));
		},
	);
});

describe('finding links', () => {
	test.each([
		[{}, '#trailing-newline'],
		[{ api: 'lemlist' }, '#trailing-newline&api=lemlist'],
		[{ api: 'lemlist', kind: 'curl' as const }, '#trailing-newline&api=lemlist&kind=curl'],
		[{ api: 'Not A Profile Id' }, '#trailing-newline'],
		[{ api: 'sk_live_4eC7p9Qz2Lm8' }, '#trailing-newline'],
	])('context %j gives the fragment %s', (context, fragment) => {
		expect(findingFragment('trailing-newline', context)).toBe(fragment);
	});

	test.each([
		[
			'#missing-colon&api=lemlist&kind=curl',
			{ code: 'missing-colon', api: 'lemlist', kind: 'curl' },
		],
		['#missing-colon', { code: 'missing-colon' }],
		['missing-colon&kind=nonsense&api=<script>', { code: 'missing-colon' }],
		['#not-a-code&api=lemlist', undefined],
		['#Bearer%20sk_live_abc', undefined],
		['', undefined],
	])('%j reads back as %j', (hash, target) => {
		expect(parseFindingFragment(hash)).toEqual(target);
	});

	test('a fragment for every code reads back to that code', () => {
		for (const code of findingCodeList)
			expect(
				parseFindingFragment(findingFragment(code, { api: 'leadterra', kind: 'header-line' })),
			).toEqual({ code, api: 'leadterra', kind: 'header-line' });
	});
});

describe('findings that explain a simulated error', () => {
	test.each(Object.entries(findingsForError))(
		'%s lists existing findings, each once',
		(errorCode, findings) => {
			expect(isErrorCode(errorCode)).toBe(true);
			expect(new Set(findings).size).toBe(findings.length);
			for (const code of findings) expect(isFindingCode(code)).toBe(true);
		},
	);

	test.each(findingCodeList)(
		'the finding %s links back to exactly the errors that list it',
		(finding) => {
			const listing = Object.entries(findingsForError)
				.filter(([, findings]) => (findings as readonly string[]).includes(finding))
				.map(([errorCode]) => errorCode);
			expect(errorsExplainedBy(finding)).toEqual(listing);
			for (const errorCode of errorsExplainedBy(finding))
				expect(relatedFindings(errorCode)).toContain(finding);
		},
	);

	test.each([
		['trailing-newline', ['malformed-authorization', 'invalid-api-key']],
		['redirect-uri-mismatch', ['redirect-uri-mismatch', 'token-redirect-uri-mismatch']],
		['expired-jwt', ['token-expired']],
		['no-such-finding', []],
	])('the finding %s explains %j', (finding, errors) => {
		expect(errorsExplainedBy(finding)).toEqual(errors);
	});

	test('an error without a header-level cause has no related finding', () => {
		expect(relatedFindings('not-found')).toEqual([]);
		expect(relatedFindings('no-such-code')).toEqual([]);
	});
});
