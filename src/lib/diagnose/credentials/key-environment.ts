/**
 * Live and test keys told apart by their prefix: the profile's declared prefixes first, then the
 * common `xx_live_` / `xx_test_` convention (Stripe-style keys, our Example API's `ex_live_`).
 */
import { recognizeKeyPrefix } from '../../auth/bearer.ts';
import { report, type Collector, type Span } from '../findings/collector.ts';
import { maskKey } from './key-mask.ts';

const conventional = /^[A-Za-z]{1,8}_(live|test)_/;

export interface KeyEnvironment {
	readonly environment: 'live' | 'test';
	readonly prefix: string;
}

/** The environment `key` belongs to, from its prefix, or undefined when the prefix says nothing. */
export function keyEnvironment(into: Collector, key: string): KeyEnvironment | undefined {
	const auth = into.profile?.auth;
	const declared =
		auth?.scheme === 'bearer' ? recognizeKeyPrefix(key, auth.keyPrefixes) : undefined;
	if (declared) return { environment: declared.environment, prefix: declared.prefix };
	const match = key.match(conventional);
	return match
		? { environment: match[1] === 'live' ? 'live' : 'test', prefix: match[0] }
		: undefined;
}

/** Reports `test-key` or `live-key` for a key whose prefix names its environment. */
export function checkKeyEnvironment(into: Collector, key: string, span: Span): void {
	const found = keyEnvironment(into, key);
	if (!found || key.length <= found.prefix.length) return;
	const api = into.profile ? ` for ${into.profile.name}` : '';
	const shown = maskKey(key, [found.prefix]);
	if (found.environment === 'test') {
		report(
			into,
			'test-key',
			span,
			`The key ${shown} starts with ${found.prefix}, which marks a test key${api}: it reaches test data only.`,
		);
	} else {
		report(
			into,
			'live-key',
			span,
			`The key ${shown} starts with ${found.prefix}, which marks a live key${api}: requests act on real data.`,
		);
	}
}
