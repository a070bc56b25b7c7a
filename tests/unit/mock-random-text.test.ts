// The mock API's secrets come from an injected random source: these tests feed it bytes chosen by
// hand, so that the rejection sampling (no modulo bias) and the token length can be checked exactly.
import { describe, expect, test } from 'vitest';
import { randomString, randomToken } from '../../src/lib/mock-api/random-text.ts';
import type { RandomSource } from '../../src/lib/mock-api/random-text.ts';

/** A source that hands out `bytes` in order (then zeros), and records how many were asked for. */
function scripted(bytes: readonly number[]): RandomSource & { asked: number[] } {
	let next = 0;
	const asked: number[] = [];
	const source = (length: number) => {
		asked.push(length);
		const out = new Uint8Array(length);
		for (let i = 0; i < length; i++) out[i] = bytes[next++] ?? 0;
		return out;
	};
	return Object.assign(source, { asked });
}

describe('a random string', () => {
	// 20 letters: 256 % 20 = 16, so bytes 240 to 255 would favour the first 16 letters.
	const alphabet = 'BCDFGHJKLMNPQRSTVWXZ';

	test.each([
		['keeps byte 239, the last below the largest multiple of 20', [239, 0, 1], 'ZBC'],
		['drops byte 240, the largest multiple of 20 itself', [240, 0, 1, 2], 'BCD'],
		['drops byte 255', [255, 19, 20, 21], 'ZBC'],
		['maps each byte to its letter by remainder', [0, 21, 42], 'BCD'],
	])('%s', (_name, bytes, expected) => {
		expect(randomString(scripted(bytes), alphabet, 3)).toBe(expected);
	});

	test('asks for more bytes when rejections leave it short, and stops at the length asked', () => {
		// First draw: 3 + 8 = 11 bytes, all rejected but two; second draw: the one missing + 8.
		const rejected = Array.from({ length: 9 }, () => 250);
		const source = scripted([0, ...rejected, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(randomString(source, alphabet, 3)).toBe('BCD');
		expect(source.asked).toEqual([11, 9]);
	});

	test('never returns more characters than asked, even when a draw has more usable bytes', () => {
		const source = scripted(Array.from({ length: 40 }, (_, i) => i));
		expect(randomString(source, alphabet, 5)).toBe('BCDFG');
		expect(source.asked).toEqual([13]);
	});

	test.each([
		['one character', 'a', true],
		['two characters', 'ab', false],
		['256 characters', 'x'.repeat(256), false],
		['257 characters', 'x'.repeat(257), true],
		['no characters', '', true],
	])('with an alphabet of %s, throws: %s', (_name, letters, throws) => {
		const call = () => randomString(scripted([1, 2, 3, 4]), letters, 2);
		if (throws) expect(call).toThrow(RangeError);
		else expect(call).not.toThrow();
	});

	test('uses every byte with an alphabet of 256 characters, where nothing needs rejecting', () => {
		const letters = Array.from({ length: 256 }, (_, i) => String.fromCharCode(0x100 + i)).join('');
		expect(randomString(scripted([255, 0]), letters, 2)).toBe('\u01ff\u0100');
	});
});

describe('a random token', () => {
	test('is 32 bytes from the source as 43 base64url characters without padding', () => {
		const bytes = Array.from({ length: 40 }, (_, i) => 0xf0 + (i % 16));
		const source = scripted(bytes);
		const token = randomToken(source);
		expect(source.asked).toEqual([32]);
		// Node's own base64url encoder as the oracle.
		expect(token).toBe(Buffer.from(bytes.slice(0, 32)).toString('base64url'));
		expect(token).toHaveLength(43);
	});
});
