import { describe, expect, test } from 'vitest';
import { pastes } from './diagnose-pastes/pastes.ts';
import { run } from './diagnose-support.ts';

describe('real-world pastes', () => {
	test.each(pastes.map((paste) => [paste.name, paste] as const))(
		'%s is read as its shape, with the findings it must have and none it must not',
		(_name, { paste, shape, expected, forbidden, profile }) => {
			const diagnosis = run(paste, profile);
			expect(diagnosis.shape ?? diagnosis.kind).toBe(shape);
			const found = diagnosis.findings.map((finding) => finding.code);
			for (const code of expected)
				expect(found, `${code} in ${JSON.stringify(found)}`).toContain(code);
			for (const code of forbidden)
				expect(found, `${code} in ${JSON.stringify(found)}`).not.toContain(code);
		},
	);

	test('every shape has at least four pastes, and there are at least eighty', () => {
		expect(pastes.length).toBeGreaterThanOrEqual(80);
		const perShape = new Map<string, number>();
		for (const { shape } of pastes) perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
		for (const [shape, count] of perShape) expect(count, shape).toBeGreaterThanOrEqual(4);
	});

	test('a paste that is none of the shapes names what was tried and reports nothing', () => {
		const diagnosis = run('hello, my API key stopped working yesterday, can you help?');
		expect(diagnosis.findings).toEqual([]);
		expect(diagnosis.tried).toEqual(
			expect.arrayContaining(['cURL for bash/zsh', 'HTTPie', 'a HAR entry', 'Python requests']),
		);
	});
});
