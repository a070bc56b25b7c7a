/**
 * What the burst simulator does once a reader reaches for it, loaded on the first focus or pointer
 * over it, or its first input (burst-element.ts): reads the two numbers, sends a burst through the
 * page's world at instants of the page's simulated clock (page-clock.ts), then counts down the
 * Retry-After on that clock and projects what clients that back off would see. Apart from the
 * element so that the rate-limits guide pays for the simulated API's client side only once a
 * reader is about to use it.
 *
 * Design note: the burst is committed to the page's world, so the response panel on the same page
 * is refused too until the wait is over; the projection is not.
 */
import { cryptoRandomBytes, maskSecret } from '../../lib/auth/index.ts';
import type { ApiRequest } from '../../lib/http/index.ts';
import type { World } from '../../lib/mock-api/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import {
	defaultBackoffPolicy,
	unitRandomFrom,
	burstSummary,
	parseCount,
	parseSpacing,
	remainingHeader,
	isRetryable,
	projectRetries,
	sendBurst,
	shotOf,
	type Parsed,
	type BurstResult,
	type Send,
	type Shot,
	type SimulatedClock,
} from '../../lib/rate-limit/index.ts';
import { announce } from '../kit/clipboard.ts';
import { pageWorld, type PageWorld } from '../kit/page-world.ts';
import type { PlaygroundStore, Snapshot } from '../kit/playground-store.ts';
import { renderResponse } from '../kit/response-view.ts';
import { answerText, laneNodes, offset, shotItems, timelineRows } from './burst-view.ts';
import { pageClock } from './page-clock.ts';
import { RetryCountdown } from './retry-countdown.ts';

interface LastBurst {
	readonly profile: Profile;
	readonly request: ApiRequest;
	readonly start: number;
	readonly burst: BurstResult<World>;
}

/** The burst simulator's actions on `host` (an `ap-burst`), over the page's `store`. */
export class BurstRun {
	readonly #host: HTMLElement;
	readonly #store: PlaygroundStore;
	#last: LastBurst | null = null;
	#clock: SimulatedClock | undefined;
	#timer: RetryCountdown | undefined;
	#running = false;

	constructor(host: HTMLElement, store: PlaygroundStore) {
		this.#host = host;
		this.#store = store;
	}

	/** Stops the countdown (the island left the page). */
	stop(): void {
		this.#timer?.stop();
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.#host.querySelector<T>(selector)!;
	}

	#status(message: string): void {
		announce(this.#el('[data-status]'), message, 8000);
	}

	/** Reads both numbers, showing each refusal next to its field. */
	check(): { count: number; spacing: number } | null {
		const show = (field: string, parsed: Parsed) => {
			const input = this.#el<HTMLInputElement>(`[data-${field}]`);
			const issue = this.#el(`[data-${field}-issue]`);
			issue.hidden = parsed.ok;
			issue.textContent = parsed.ok ? '' : parsed.message;
			if (parsed.ok) input.removeAttribute('aria-invalid');
			else input.setAttribute('aria-invalid', 'true');
			return parsed.ok ? parsed.value : null;
		};
		const count = show('count', parseCount(this.#el<HTMLInputElement>('[data-count]').value));
		const spacing = show(
			'spacing',
			parseSpacing(this.#el<HTMLInputElement>('[data-spacing]').value),
		);
		return count === null || spacing === null ? null : { count, spacing };
	}

	/** The page's world for `profile`, on the tier chosen, with its clock ready to be advanced. */
	async #world(profile: Profile): Promise<PageWorld> {
		const world = await pageWorld(profile);
		this.#clock = pageClock(world);
		const tier = this.#el<HTMLSelectElement>('[data-tier]').value;
		if (world.world.tier !== tier) world.replace({ ...world.world, tier });
		return world;
	}

	/** The store's request now: the element makes this run once the store is ready (burst-element.ts). */
	#snapshot(): Snapshot {
		return this.#store.snapshot!;
	}

	async send(): Promise<void> {
		const numbers = this.check();
		const { profile, built } = this.#snapshot();
		if (!numbers || this.#running) return;
		if (!profile.rateLimit)
			return this.#status(
				`${profile.name} publishes no rate limit to simulate; pick an API that does.`,
			);
		if (!built.request)
			return this.#status(
				`Nothing sent: ${built.errors[0]?.message ?? 'there is no request yet.'} Fix the key first.`,
			);
		this.#running = true;
		try {
			const world = await this.#world(profile);
			const send = await sender(built.request);
			const start = this.#clock!.now();
			const burst = await sendBurst(world.world, send, {
				count: numbers.count,
				startMs: start,
				spacingMs: numbers.spacing,
				remainingHeader: remainingHeader(profile),
			});
			this.#clock!.advanceTo(burst.endMs);
			world.replace(burst.world);
			this.#last = { profile, request: built.request, start, burst };
			this.#render();
			await this.project();
			this.#status(`Burst of ${burst.shots.length} sent. ${burstSummary(burst.shots)}`);
		} finally {
			this.#running = false;
		}
	}

	#render(): void {
		const last = this.#last!;
		const { shots, firstRefusal } = last.burst;
		const key =
			last.request.authorization?.kind === 'bearer' ? last.request.authorization.token : undefined;
		const who = key && typeof key !== 'string' ? ` with the key ${maskSecret(key.value)}` : '';
		const spacing = shots.length > 1 ? shots[1]!.at - shots[0]!.at : 0;
		const pace =
			spacing === 0 ? 'all at the same instant' : `one every ${spacing} ms of simulated time`;
		this.#el('[data-summary]').textContent = `${burstSummary(shots)} Sent${who}, ${pace}.`;
		this.#el('[data-shots]').replaceChildren(...shotItems(shots, last.start));
		this.#el('[data-singles]').replaceChildren();
		this.#el('[data-refusal]').hidden = !firstRefusal;
		if (firstRefusal && last.burst.firstRefusalResponse) {
			renderResponse(this.#el('[data-first-response]'), last.burst.firstRefusalResponse);
			this.#countdown(latestRetry(shots));
		}
		this.#el('[data-result]').hidden = false;
	}

	/** Projects the refused requests retrying with backoff, on a copy of the world. */
	async project(): Promise<void> {
		const last = this.#last;
		if (!last) return;
		const refused = last.burst.shots.filter((shot) => isRetryable(shot.status));
		this.#el('[data-timeline]').hidden = refused.length === 0;
		if (refused.length === 0) return;
		const send = await sender(last.request);
		const projection = await projectRetries(
			last.burst.world,
			send,
			refused,
			defaultBackoffPolicy,
			unitRandomFrom(cryptoRandomBytes),
			remainingHeader(last.profile),
		);
		this.#el('[data-timeline-rows]').replaceChildren(...timelineRows(projection.lanes, last.start));
		this.#el('[data-lanes]').replaceChildren(
			...laneNodes(projection.lanes, last.start, projection.endMs),
		);
	}

	#countdown(retryAt: number | null): void {
		this.#timer ??= new RetryCountdown(this.#el('[data-countdown]'), (message) =>
			this.#status(message),
		);
		this.#timer.start(retryAt, this.#clock!);
	}

	skip(): void {
		if (!this.#timer?.skip()) this.#status('There is no wait to skip.');
	}

	async sendOne(): Promise<void> {
		const last = this.#last;
		const request = this.#snapshot().built.request;
		if (!last || !request) return;
		const world = await this.#world(last.profile);
		const at = this.#clock!.now();
		const response = await world.send(request);
		const shot = shotOf(
			response,
			last.burst.shots.length + 1,
			0,
			at,
			remainingHeader(last.profile),
		);
		const item = document.createElement('li');
		item.textContent = `At ${offset(at, last.start)}: ${answerText(shot)}`;
		this.#el('[data-singles]').append(item);
		this.#status(`One request at ${offset(at, last.start)}: ${answerText(shot)}.`);
		if (isRetryable(shot.status))
			this.#countdown(shot.retryAfterMs === null ? null : at + shot.retryAfterMs);
	}
}

/** The mock API answering `request` at a pinned instant; the world keeps its own clock. */
async function sender(request: ApiRequest): Promise<Send<World>> {
	const { handle } = await import('../../lib/mock-api/index.ts');
	return async (world, at) => {
		const answered = await handle(request, { ...world, clock: () => at });
		return { response: answered.response, world: { ...answered.world, clock: world.clock } };
	};
}

/** The latest instant any refusal of the burst said a retry is allowed, or null if none said. */
function latestRetry(shots: readonly Shot[]): number | null {
	const times = shots
		.filter((shot) => isRetryable(shot.status) && shot.retryAfterMs !== null)
		.map((shot) => shot.at + shot.retryAfterMs!);
	return times.length === 0 ? null : Math.max(...times);
}
