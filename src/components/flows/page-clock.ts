/**
 * The simulated clock of a page's world. The first island that needs to move time forward (the
 * burst simulator) installs it on the world, so every island on the page reads the same time:
 * after "Skip the wait", the response panel's next request is also past the Retry-After.
 */
import { simulatedClock, type SimulatedClock } from '../../lib/rate-limit/index.ts';
import type { PageWorld } from '../kit/page-world.ts';

const clocks = new WeakMap<PageWorld, SimulatedClock>();

/** The world's clock as one that can be advanced; installed on first use. */
export function pageClock(world: PageWorld): SimulatedClock {
	let clock = clocks.get(world);
	if (!clock) {
		clock = simulatedClock(world.world.clock);
		clocks.set(world, clock);
		world.replace({ ...world.world, clock: clock.now });
	}
	return clock;
}
