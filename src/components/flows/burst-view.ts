/**
 * The burst simulator's views, built as nodes: one line per request, the retry timeline as a
 * table (what a screen reader reads) and the same timeline drawn as lanes (for the eye only).
 */
import type { LaneAttempt, RetryLane, Shot } from '../../lib/rate-limit/index.ts';

/** Seconds after `start`, as "+4.00 s". */
export function offset(at: number, start: number): string {
	return `+${((at - start) / 1000).toFixed(2)} s`;
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 3)} s`;
}

/** "429 Too Many Requests, Retry-After: 4" or "200 OK, 49 left". */
export function answerText(shot: Shot): string {
	const parts = [`${shot.status} ${shot.statusText}`.trim()];
	if (shot.retryAfter !== null) parts.push(`Retry-After: ${shot.retryAfter}`);
	else if (shot.remaining !== null) parts.push(`${shot.remaining} left`);
	return parts.join(', ');
}

/** One line per request of the burst. */
export function shotItems(shots: readonly Shot[], start: number): HTMLLIElement[] {
	return shots.map((shot) => {
		const item = document.createElement('li');
		item.dataset['outcome'] =
			shot.status < 400 ? 'ok' : shot.status === 429 ? 'limited' : 'refused';
		item.textContent = `Request ${shot.request} at ${offset(shot.at, start)}: ${answerText(shot)}`;
		return item;
	});
}

/** What the client does after an attempt: wait (and why that long), give up, or nothing. */
export function thenText(attempt: LaneAttempt): string {
	const wait = attempt.wait;
	if (attempt.gaveUp === 'attempts-exhausted') return 'gives up: no attempts left';
	if (attempt.gaveUp === 'wait-too-long')
		return `gives up: asked to wait ${seconds(wait?.waitMs ?? 0)}, longer than it can`;
	if (!wait) return attempt.status < 400 ? 'done' : 'stops: waiting will not change this answer';
	const jitter = `jitter ${seconds(wait.jitterMs)} of up to ${seconds(wait.ceilingMs)}`;
	return wait.reason === 'retry-after'
		? `waits ${seconds(wait.waitMs)}: Retry-After outweighs ${jitter}`
		: `waits ${seconds(wait.waitMs)}: ${jitter}${wait.retryAfterMs === null ? '' : `, above Retry-After ${seconds(wait.retryAfterMs)}`}`;
}

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
	const element = document.createElement(tag);
	element.textContent = text;
	if (tag === 'th') element.scope = 'row';
	return element;
}

/** The timeline table: a row per attempt. */
export function timelineRows(lanes: readonly RetryLane[], start: number): HTMLTableRowElement[] {
	return lanes.flatMap((lane) =>
		lane.attempts.map((attempt) => {
			const row = document.createElement('tr');
			row.append(
				cell('th', `Request ${lane.request}`),
				cell('td', attempt.attempt === 0 ? 'first' : `retry ${attempt.attempt}`),
				cell('td', offset(attempt.at, start)),
				cell('td', answerText(attempt)),
				cell('td', thenText(attempt)),
			);
			return row;
		}),
	);
}

/** The lanes drawn to scale: a dot per attempt, a bar per wait. At most `limit` lanes. */
export function laneNodes(
	lanes: readonly RetryLane[],
	start: number,
	end: number,
	limit = 20,
): HTMLElement[] {
	const span = Math.max(1, end - start);
	const at = (time: number) => `${(((time - start) / span) * 100).toFixed(3)}%`;
	return lanes.slice(0, limit).map((lane) => {
		const line = document.createElement('div');
		line.className = 'ap-lane';
		const label = document.createElement('span');
		label.className = 'ap-lane-label';
		label.textContent = `#${lane.request}`;
		const track = document.createElement('div');
		track.className = 'ap-lane-track';
		for (const attempt of lane.attempts) {
			if (attempt.wait && !attempt.gaveUp) {
				const bar = document.createElement('span');
				bar.className = `ap-lane-wait ap-lane-wait-${attempt.wait.reason}`;
				bar.style.left = at(attempt.at);
				bar.style.width = `${((attempt.wait.waitMs / span) * 100).toFixed(3)}%`;
				track.append(bar);
			}
			const dot = document.createElement('span');
			dot.className = `ap-lane-dot ap-lane-dot-${attempt.status < 400 ? 'ok' : 'refused'}`;
			dot.style.left = at(attempt.at);
			track.append(dot);
		}
		line.append(label, track);
		return line;
	});
}
