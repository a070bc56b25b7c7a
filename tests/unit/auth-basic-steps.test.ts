// What the Basic steps views (the guide's table and the playground's live figure) show beside the
// steps: the bytes as a hex dump, the character and byte counts, and the refused form without a colon.
import { describe, expect, test } from 'vitest';
import { basicStepNotes, basicSteps, hexBytes, unjoinedSteps } from '../../src/lib/auth/index.ts';

describe('hexBytes', () => {
	test.each([
		[[], ''],
		[[0x00], '00'],
		[[0x0a, 0xff], '0a ff'],
		[[0x74, 0x65, 0x73, 0x74, 0x3a, 0xc2, 0xa3], '74 65 73 74 3a c2 a3'],
	])('writes the bytes %j as %j, two lowercase digits each', (bytes, hex) => {
		expect(hexBytes(new Uint8Array(bytes))).toBe(hex);
	});

	test('agrees with Node for every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect(hexBytes(bytes).split(' ')).toEqual(
			Array.from(bytes, (byte) => Buffer.from([byte]).toString('hex')),
		);
	});
});

describe('basicStepNotes', () => {
	test('shows nothing before there are steps', () => {
		expect(basicStepNotes(undefined)).toEqual({ userPassNote: '', bytesNote: '' });
	});

	test.each([
		['', '', '(1 character)', '(1 byte)'],
		['Aladdin', 'open sesame', '(19 characters)', '(19 bytes)'],
		['test', '123£', '(9 characters)', '(10 bytes: some characters take more than one byte)'],
		['', '😀', '(2 characters)', '(5 bytes: some characters take more than one byte)'],
		['a', '', '(2 characters)', '(2 bytes)'],
	])('counts %j and %j as %s and %s', (userId, password, userPassNote, bytesNote) => {
		expect(basicStepNotes(basicSteps(userId, password))).toEqual({ userPassNote, bytesNote });
	});
});

describe('unjoinedSteps', () => {
	test('encodes a key sent without the colon as it is, the form servers refuse', () => {
		expect(unjoinedSteps('KEY')).toEqual({
			userPass: 'KEY',
			utf8Bytes: new Uint8Array([0x4b, 0x45, 0x59]),
			base64: 'S0VZ',
			headerValue: 'Basic S0VZ',
		});
	});
});
