/**
 * A burst of requests through a simulated API, and what clients that back off would see after
 * it. Time is simulated: each request is sent at an instant the caller's `send` pins on the
 * world's clock, so a burst of fifty requests and a minute of retries take no real time.
 *
 * Design note: the world is opaque here (`W`); `send` answers one request at one instant and
 * returns the next world, as the mock API's `handle` does. Keeping the mock API out of this
 * module keeps it a pure scheduler that tests can drive with any fake.
 */
import { headerValue } from '../http/request.ts';
import type { ApiResponse } from '../http/response.ts';
import {
	nextRetry,
	type BackoffPolicy,
	type BackoffStep,
	type GiveUpReason,
	type UnitRandom,
} from './backoff.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Answers one request at instant `at` against `world`. */
export type Send<W> = (
	world: W,
	at: number,
) => Promise<{ readonly response: ApiResponse; readonly world: W }>;

/** One answered request. */
export interface Shot {
	/** Which request of the burst, from 1. */
	readonly request: number;
	/** 0 for the burst itself, then 1, 2, … for retries. */
	readonly attempt: number;
	readonly at: number;
	readonly status: number;
	readonly statusText: string;
	/** What the answer said is left of the burst (RateLimit), or of its quota header; null when it said nothing. */
	readonly remaining: number | null;
	/** The Retry-After value as sent, and as milliseconds from `at`. */
	readonly retryAfter: string | null;
	readonly retryAfterMs: number | null;
	readonly errorCode: string | null;
}

/** Statuses a client may retry after waiting (RFC 6585 §4, RFC 9110 §15.6.4). */
export function isRetryable(status: number): boolean {
	return status === 429 || status === 503;
}

/** A response read as the burst records it: status, remaining quota and Retry-After. */
export function shotOf(
	response: ApiResponse,
	request: number,
	attempt: number,
	at: number,
	remainingHeader: string | null,
): Shot {
	// The burst is the last policy of the RateLimit field (draft-ietf-httpapi-ratelimit-headers);
	// X-RateLimit-Remaining reports the hourly quota, which a burst hardly moves.
	const policies = headerValue(response.headers, 'RateLimit');
	const burstLeft =
		policies === undefined ? undefined : [...policies.matchAll(/;r=(\d+)/g)].at(-1)?.[1];
	const remainingText =
		burstLeft ??
		(remainingHeader === null ? undefined : headerValue(response.headers, remainingHeader));
	const retryAfter = headerValue(response.headers, 'Retry-After') ?? null;
	return {
		request,
		attempt,
		at,
		status: response.status,
		statusText: response.statusText,
		remaining:
			remainingText !== undefined && /^\d+$/.test(remainingText) ? Number(remainingText) : null,
		retryAfter,
		retryAfterMs: parseRetryAfter(retryAfter, at),
		errorCode: response.errorCode ?? null,
	};
}

/** How a burst is sent. */
export interface BurstOptions {
	readonly count: number;
	/** The instant of the first request. */
	readonly startMs: number;
	/** Time between two requests of the burst (0: all at once). */
	readonly spacingMs: number;
	/** The header that carries the remaining quota (e.g. X-RateLimit-Remaining), if the API sends one. */
	readonly remainingHeader: string | null;
}

/** The answers of a burst and the world it leaves. */
export interface BurstResult<W> {
	readonly shots: readonly Shot[];
	readonly world: W;
	/** The first refused request, if any, and the response it got (for display). */
	readonly firstRefusal: Shot | undefined;
	readonly firstRefusalResponse: ApiResponse | undefined;
	/** The instant of the last request. */
	readonly endMs: number;
}

/** Sends `count` requests, one every `spacingMs` from `startMs`, in order. */
export async function sendBurst<W>(
	world: W,
	send: Send<W>,
	options: BurstOptions,
): Promise<BurstResult<W>> {
	const shots: Shot[] = [];
	let current = world;
	let firstRefusalResponse: ApiResponse | undefined;
	for (let i = 0; i < options.count; i++) {
		const at = options.startMs + i * options.spacingMs;
		const answered = await send(current, at);
		current = answered.world;
		shots.push(shotOf(answered.response, i + 1, 0, at, options.remainingHeader));
		if (!firstRefusalResponse && isRetryable(answered.response.status))
			firstRefusalResponse = answered.response;
	}
	const firstRefusal = shots.find((shot) => isRetryable(shot.status));
	return {
		shots,
		world: current,
		firstRefusal,
		firstRefusalResponse,
		endMs: options.startMs + Math.max(0, options.count - 1) * options.spacingMs,
	};
}

/** One attempt of a client that retries, with the wait it chose after it (if it retried). */
export interface LaneAttempt extends Shot {
	readonly wait?: BackoffStep;
	/** Set on the last attempt of a client that stopped while still refused. */
	readonly gaveUp?: GiveUpReason;
}

/** The attempts of one refused request, retried with backoff. */
export interface RetryLane {
	readonly request: number;
	readonly attempts: readonly LaneAttempt[];
	readonly outcome: 'succeeded' | 'gave-up' | 'failed';
}

/** What happens when each refused request of a burst is retried with `policy`. */
export interface RetryProjection<W> {
	readonly lanes: readonly RetryLane[];
	readonly world: W;
	/** The instant of the last attempt. */
	readonly endMs: number;
}

interface Pending {
	readonly lane: number;
	readonly attempt: number;
	readonly at: number;
}

/** Picks the earliest pending retry; ties go to the earlier request, as clients started in that order. */
function takeEarliest(pending: Pending[]): Pending {
	let best = 0;
	for (let i = 1; i < pending.length; i++) {
		const a = pending[i]!;
		const b = pending[best]!;
		if (a.at < b.at || (a.at === b.at && a.lane < b.lane)) best = i;
	}
	return pending.splice(best, 1)[0]!;
}

/**
 * Retries every refused shot of a burst with exponential backoff and full jitter, honouring
 * Retry-After, all clients interleaved in simulated time as they would be against a real API.
 */
export async function projectRetries<W>(
	world: W,
	send: Send<W>,
	refused: readonly Shot[],
	policy: BackoffPolicy,
	random: UnitRandom,
	remainingHeader: string | null,
): Promise<RetryProjection<W>> {
	const lanes: LaneAttempt[][] = refused.map(() => []);
	const pending: Pending[] = [];
	let current = world;
	let endMs = refused.reduce((latest, shot) => Math.max(latest, shot.at), -Infinity);
	const settle = (lane: number, shot: Shot): void => {
		if (!isRetryable(shot.status)) {
			lanes[lane]!.push(shot);
			return;
		}
		const decision = nextRetry(policy, shot.attempt, shot.retryAfterMs, random);
		if (!decision.retry) {
			lanes[lane]!.push({
				...shot,
				gaveUp: decision.reason,
				...(decision.step ? { wait: decision.step } : {}),
			});
			return;
		}
		lanes[lane]!.push({ ...shot, wait: decision.step });
		pending.push({ lane, attempt: shot.attempt + 1, at: shot.at + decision.step.waitMs });
	};
	refused.forEach((shot, lane) => settle(lane, shot));
	while (pending.length > 0) {
		const next = takeEarliest(pending);
		const answered = await send(current, next.at);
		current = answered.world;
		endMs = Math.max(endMs, next.at);
		settle(
			next.lane,
			shotOf(
				answered.response,
				refused[next.lane]!.request,
				next.attempt,
				next.at,
				remainingHeader,
			),
		);
	}
	return {
		lanes: lanes.map((attempts, lane) => ({
			request: refused[lane]!.request,
			attempts,
			outcome: laneOutcome(attempts),
		})),
		world: current,
		endMs: Number.isFinite(endMs) ? endMs : 0,
	};
}

function laneOutcome(attempts: readonly LaneAttempt[]): RetryLane['outcome'] {
	const last = attempts.at(-1);
	if (!last || last.gaveUp) return 'gave-up';
	return last.status < 400 ? 'succeeded' : 'failed';
}
