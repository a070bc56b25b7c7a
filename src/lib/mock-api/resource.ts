/**
 * The resource server: every path under the profile's base URL. The order of checks is the order
 * of a real API's middleware: ambiguous credentials (400), authentication (401), the rate limit
 * (429, counted for every authenticated request), routing (404, 405), permission (403), then the
 * sample body (200). Rate-limit headers go on every answer after authentication.
 */
import type { ApiRequest, ApiResponse, Header } from '../http/index.ts';
import { authenticate, type Principal } from './authenticate.ts';
import type { ErrorCode } from './error-codes.ts';
import { drawRequest } from './rate-limit.ts';
import { apiJsonType, errorResponse, respond } from './respond.ts';
import type { World } from './world.ts';

/** One answer of `handle`: the response and the world after it. */
export interface Handled {
	readonly response: ApiResponse;
	readonly world: World;
}

/** Why an authenticated principal may not read the sample endpoint, or null if it may. */
function forbidden(world: World, principal: Principal): { code: ErrorCode; scope?: string } | null {
	if (principal.workspaceId !== world.workspace.id) return { code: 'wrong-workspace' };
	if (principal.environment === 'test' && !world.workspace.sandbox)
		return { code: 'test-key-live-only' };
	const needed = world.profile.sampleEndpoint.scope;
	if (needed && principal.scopes !== null && !principal.scopes.includes(needed))
		return { code: 'insufficient-scope', scope: needed };
	return null;
}

/** Answers a request whose URL lies under the profile's base URL; `path` is relative to it. */
export function handleResource(
	request: ApiRequest,
	world: World,
	path: string,
	now: number,
): Handled {
	const { profile } = world;
	const auth = authenticate(request, world, now);
	if (!auth.ok) return { response: errorResponse(profile, auth.code, now, auth.options), world };
	let next = auth.world;
	let rateHeaders: readonly Header[] = [];
	if (profile.rateLimit) {
		const outcome = drawRequest(profile.rateLimit, next.tier, next.rate, auth.principal.id, now);
		next = { ...next, rate: outcome.state };
		rateHeaders = outcome.headers;
		if (outcome.retryAfter !== null) {
			const placeholders = { retryAfter: String(outcome.retryAfter) };
			const explanation = `The ${outcome.exhausted.join(' and ')} policy ran out (see RateLimit).`;
			return {
				response: errorResponse(profile, 'rate-limit-exceeded', now, {
					placeholders,
					headers: rateHeaders,
					explanation,
				}),
				world: next,
			};
		}
	}
	const sample = profile.sampleEndpoint;
	if (path !== sample.path) {
		const explanation = `${profile.name} has no endpoint at ${path}; the simulator serves ${sample.method} ${sample.path}.`;
		return {
			response: errorResponse(profile, 'not-found', now, { explanation, headers: rateHeaders }),
			world: next,
		};
	}
	if (request.method !== sample.method) {
		const headers: Header[] = [['Allow', sample.method], ...rateHeaders];
		return {
			response: errorResponse(profile, 'method-not-allowed', now, {
				explanation: `${sample.path} takes ${sample.method} only.`,
				headers,
			}),
			world: next,
		};
	}
	const refusal = forbidden(next, auth.principal);
	if (refusal) {
		const options = refusal.scope
			? {
					scope: refusal.scope,
					explanation: `This request needs the ${refusal.scope} scope.`,
					headers: rateHeaders,
				}
			: { headers: rateHeaders };
		return { response: errorResponse(profile, refusal.code, now, options), world: next };
	}
	return {
		response: respond(200, apiJsonType(profile), sample.responseBody, rateHeaders, now),
		world: next,
	};
}
