/**
 * The registry of codes: every code is a kebab-case anchor, declared once per page, and the maps
 * between code sets are read from it (no finding named there is unknown to the doctor).
 */
import { describe, expect, test } from 'vitest';
import {
	codePages,
	everyCode,
	referenceErrorCodes,
	troubleshootingCodes,
	troubleshootingCodesOf,
} from '../../src/lib/codes/index.ts';
import {
	errorsExplainedBy,
	relatedFindings,
	sameMistakeAs,
} from '../../src/lib/codes/cross-maps.ts';

const doctorCodes: readonly string[] = troubleshootingCodesOf('doctor');

describe('the registry of codes', () => {
	test.each(everyCode())('$code is a kebab-case anchor on $page', ({ code, page }) => {
		expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(Object.keys(codePages)).toContain(page);
	});

	test('declares each code once per page', () => {
		for (const page of Object.keys(codePages)) {
			const codes = everyCode()
				.filter((entry) => entry.page === page)
				.map((entry) => entry.code);
			expect(new Set(codes).size).toBe(codes.length);
		}
	});

	test.each(Object.entries(referenceErrorCodes))(
		'the findings that explain %s are doctor codes, and explain it back',
		(code, entry) => {
			const named: readonly string[] = 'explainedBy' in entry ? entry.explainedBy : [];
			expect(relatedFindings(code)).toEqual(named);
			for (const finding of named) {
				expect(doctorCodes).toContain(finding);
				expect(errorsExplainedBy(finding)).toContain(code);
			}
		},
	);

	test.each(Object.keys(troubleshootingCodes))(
		'%s points to a finding only when the doctor does not report it itself',
		(code) => {
			const finding = sameMistakeAs(code);
			if (finding === undefined) return;
			expect(doctorCodes).not.toContain(code);
			expect(doctorCodes).toContain(finding);
		},
	);

	test('names a finding for the same mistake for the auth codes the doctor lacks', () => {
		expect(sameMistakeAs('scheme-in-value')).toBe('duplicated-scheme');
		expect(sameMistakeAs('trailing-newline')).toBeUndefined();
		expect(relatedFindings('not-found')).toEqual([]);
	});
});
