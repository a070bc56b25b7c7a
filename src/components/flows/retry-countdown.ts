/**
 * A Retry-After countdown on the page's simulated clock, written into a `role="timer"` element
 * (not a live region: a screen reader is told once, when the wait is over, through `onReady`).
 */
import type { SimulatedClock } from '../../lib/rate-limit/index.ts';

const readyText = 'Retry-After has passed: the next request is allowed.';

export class RetryCountdown {
	readonly #element: HTMLElement;
	readonly #onReady: (message: string) => void;
	#clock: SimulatedClock | undefined;
	#retryAt: number | null = null;
	#timer: number | undefined;

	constructor(element: HTMLElement, onReady: (message: string) => void) {
		this.#element = element;
		this.#onReady = onReady;
	}

	/** Counts down to `retryAt` on `clock`; null when the answer gave no Retry-After. */
	start(retryAt: number | null, clock: SimulatedClock): void {
		this.stop();
		this.#clock = clock;
		this.#retryAt = retryAt;
		if (retryAt === null) {
			this.#element.textContent = 'The answer carried no Retry-After: back off with jitter.';
			return;
		}
		this.#tick();
		if (this.#retryAt !== null) this.#timer = window.setInterval(() => this.#tick(), 250);
	}

	/** Moves the clock to the end of the wait; false when there is none. */
	skip(): boolean {
		if (this.#retryAt === null || !this.#clock) return false;
		this.#clock.advanceTo(this.#retryAt);
		this.#tick();
		return true;
	}

	stop(): void {
		window.clearInterval(this.#timer);
		this.#timer = undefined;
	}

	#tick(): void {
		if (this.#retryAt === null || !this.#clock) return;
		const left = Math.ceil((this.#retryAt - this.#clock.now()) / 1000);
		if (left > 0) {
			this.#element.textContent = `Retry allowed in ${left} s (simulated clock).`;
			return;
		}
		this.stop();
		this.#retryAt = null;
		this.#element.textContent = readyText;
		this.#onReady(readyText);
	}
}
