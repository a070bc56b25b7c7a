/**
 * A simulated clock: a base clock (the real one in the page, a pinned one in tests) plus an
 * offset that only grows. The burst simulator advances it instead of waiting, so a reader sees a
 * Retry-After run out without sitting through it, and every island on the page that reads the
 * same clock agrees on the time. It never goes backwards, even if the base clock does.
 */

/** A clock that can be moved forward. */
export interface SimulatedClock {
	/** Milliseconds since the epoch, simulated. */
	readonly now: () => number;
	/** Moves the clock `ms` forward (negative values are ignored). */
	readonly advance: (ms: number) => void;
	/** Moves the clock forward to `at`, if it is not already past it. */
	readonly advanceTo: (at: number) => void;
	/** How far ahead of the base clock it runs, in ms. */
	readonly offset: () => number;
}

/** A simulated clock over `base`, starting level with it. */
export function simulatedClock(base: () => number): SimulatedClock {
	let offset = 0;
	let last = -Infinity;
	const now = (): number => {
		last = Math.max(last, base() + offset);
		return last;
	};
	const advanceTo = (at: number): void => {
		const current = now();
		if (at > current) {
			offset += at - current;
			last = at;
		}
	};
	return {
		now,
		advance: (ms) => advanceTo(now() + Math.max(0, ms)),
		advanceTo,
		offset: () => offset,
	};
}
