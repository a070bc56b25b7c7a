/**
 * State <-> URL fragment. Only fields that are not secret in the given state are written; secret
 * fields are never read back from a link either, so a hand-made link cannot plant a key.
 */
import {
	stateFields,
	type FieldKind,
	type PlaygroundState,
	type StateField,
} from './playground-state.ts';

/** A link value that was present but not accepted, for the UI to mention. */
export interface RejectedParam {
	readonly param: string;
	readonly reason: string;
}

const fieldNames = Object.keys(stateFields) as StateField[];

function encodeValue(value: string | boolean): string {
	return typeof value === 'boolean' ? (value ? '1' : '0') : value;
}

type Parsed = { ok: true; value: string | boolean } | { ok: false; reason: string };

/**
 * The fragment (without `#`) for `state`, listing only shareable fields that differ from `defaults`.
 * A value the link reader would refuse (longer than its field allows, a control character) is left
 * out, so every link this writes opens with nothing rejected.
 */
export function toFragment(state: PlaygroundState, defaults: PlaygroundState): string {
	const params = new URLSearchParams();
	for (const name of fieldNames) {
		const spec = stateFields[name];
		if (spec.secretWhen(state) || state[name] === defaults[name]) continue;
		const value = encodeValue(state[name]);
		if (parseValue(name, value).ok) params.set(spec.param, value);
	}
	return params.toString();
}

function parseValue(name: StateField, raw: string): Parsed {
	const kind: FieldKind = stateFields[name].kind;
	switch (kind.type) {
		case 'enum':
			return kind.values.includes(raw)
				? { ok: true, value: raw }
				: { ok: false, reason: `must be one of ${kind.values.join(', ')}` };
		case 'slug':
			return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw)
				? { ok: true, value: raw }
				: { ok: false, reason: 'must be lowercase letters, digits and hyphens' };
		case 'boolean':
			return raw === '1' || raw === '0'
				? { ok: true, value: raw === '1' }
				: { ok: false, reason: 'must be 1 or 0' };
		case 'text':
			if (kind.maxLength === 0) return { ok: false, reason: 'secrets are never read from a link' };
			if (/[\u0000-\u001f\u007f]/.test(raw))
				return { ok: false, reason: 'contains a control character' };
			return raw.length <= kind.maxLength
				? { ok: true, value: raw }
				: { ok: false, reason: `is longer than ${kind.maxLength} characters` };
	}
}

/**
 * Applies a fragment to `defaults`. Unknown parameters are ignored; bad values and secret fields
 * are dropped and reported. Never throws.
 */
export function fromFragment(
	fragment: string,
	defaults: PlaygroundState,
): { state: PlaygroundState; rejected: RejectedParam[] } {
	const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
	const state: Record<string, string | boolean> = { ...defaults };
	const rejected: RejectedParam[] = [];
	for (const name of fieldNames) {
		const raw = params.get(stateFields[name].param);
		if (raw === null) continue;
		const parsed = parseValue(name, raw);
		if (parsed.ok) state[name] = parsed.value;
		else rejected.push({ param: stateFields[name].param, reason: parsed.reason });
	}
	// Every key was copied from `defaults` and each value was checked against its field's kind.
	const result = state as unknown as PlaygroundState;
	// A value that became secret under the parsed state (the username once the format is KEY:) is dropped.
	const cleaned = { ...result };
	for (const name of fieldNames) {
		// A value that differs from the default was accepted above, so it is not in `rejected` yet.
		if (
			stateFields[name].secretWhen(result) &&
			params.has(stateFields[name].param) &&
			result[name] !== defaults[name]
		) {
			(cleaned as Record<string, unknown>)[name] = defaults[name];
			rejected.push({
				param: stateFields[name].param,
				reason: 'holds a secret in this format and is never read from a link',
			});
		}
	}
	return { state: cleaned, rejected };
}
