import { describe, expect, test } from 'vitest';
import { simulatedClock } from '../../src/lib/rate-limit/sim-clock.ts';

function base(start: number) {
	const clock = { now: start, read: () => clock.now };
	return clock;
}

describe('the simulated clock', () => {
	test('starts level with its base and follows it', () => {
		const real = base(1000);
		const clock = simulatedClock(real.read);
		expect(clock.now()).toBe(1000);
		real.now = 1500;
		expect(clock.now()).toBe(1500);
	});

	test('runs ahead by what it was advanced, and keeps following the base', () => {
		const real = base(1000);
		const clock = simulatedClock(real.read);
		clock.advance(4000);
		expect(clock.now()).toBe(5000);
		real.now = 1200;
		expect(clock.now()).toBe(5200);
		expect(clock.offset()).toBe(4000);
	});

	test.each([
		['to a time already past', 500, 1000],
		['to the present', 1000, 1000],
		['to a later time', 9000, 9000],
	])('advancing %s leaves it at the later of the two', (_name, to, expected) => {
		const clock = simulatedClock(base(1000).read);
		clock.advanceTo(to);
		expect(clock.now()).toBe(expected);
	});

	test('ignores a negative advance', () => {
		const clock = simulatedClock(base(1000).read);
		clock.advance(-5000);
		expect(clock.now()).toBe(1000);
	});

	test('never goes backwards when its base does', () => {
		const real = base(1000);
		const clock = simulatedClock(real.read);
		expect(clock.now()).toBe(1000);
		real.now = 400;
		expect(clock.now()).toBe(1000);
		real.now = 1100;
		expect(clock.now()).toBe(1100);
	});
});
