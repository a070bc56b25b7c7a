/**
 * The OAuth grants as the playground runs them, step by step, against the mock API in the page:
 * authorization code (the person approves as the mock's consent says), client credentials, the
 * device grant (the person's decision is a separate action) and refresh; each grant ends with the
 * API call made with the token it obtained. Every request comes from the auth core's builders, so
 * the snippets shown for a step are the request the step sends.
 *
 * Design note: a session is a value. `runStep` returns the next session; tokens live in it, in
 * memory only. A step that fails clears the results of the steps after it, so no stale success
 * stays on screen below a failure.
 */
import {
	authorizationApiRequest,
	buildAccessTokenRequest,
	buildDeviceAuthorizationRequest,
	buildTokenRequest,
	parseDeviceAuthorization,
	parseTokenResponse,
	type AuthorizationRequest,
	type DeviceAuthorization,
	type OAuthClient,
	type TokenSet,
} from '../auth/index.ts';
import type { ApiRequest, ApiResponse } from '../http/index.ts';
import { decideDevice, handle, type World } from '../mock-api/index.ts';
import { revokeGrant } from '../mock-api/oauth-state.ts';
import type { OAuthGrant, Profile } from '../profiles/index.ts';
import { authorizationRequest, readConsent } from './oauth-flow.ts';

/** The grants the picker names, in its order. */
export const flowGrants = [
	'authorization_code',
	'client_credentials',
	'device_code',
	'refresh_token',
] as const satisfies readonly OAuthGrant[];
export type FlowGrant = (typeof flowGrants)[number];

/** The picker's option names. */
export const flowGrantLabels = {
	authorization_code: 'Authorization code',
	client_credentials: 'Client credentials',
	device_code: 'Device authorization',
	refresh_token: 'Refresh token',
} as const satisfies Record<FlowGrant, string>;

export type FlowStep = 'authorize' | 'exchange' | 'token' | 'device' | 'poll' | 'refresh' | 'api';

/** The steps of each grant, in order; each ends with the API call. */
export const grantSteps = {
	authorization_code: ['authorize', 'exchange', 'api'],
	client_credentials: ['token', 'api'],
	device_code: ['device', 'poll', 'api'],
	refresh_token: ['refresh', 'api'],
} as const satisfies Record<FlowGrant, readonly FlowStep[]>;

/** The grants `profile` offers, in the picker's order. */
export function offeredGrants(profile: Profile): FlowGrant[] {
	return flowGrants.filter((grant) => profile.oauth?.grants.includes(grant));
}

/** One step's exchange with the server, and whether the grant can go on from it. */
export interface StepResult {
	readonly request: ApiRequest;
	readonly response: ApiResponse;
	readonly ok: boolean;
}

export interface GrantSession {
	readonly world: World;
	/** The authorization request being answered: its verifier and state. */
	readonly pending?: AuthorizationRequest;
	readonly code?: string;
	readonly device?: DeviceAuthorization;
	readonly tokens?: TokenSet;
	/** The refresh token a rotation retired: sending it again shows reuse detection. */
	readonly retiredRefreshToken?: string;
	readonly results: Partial<Record<FlowStep, StepResult>>;
}

/** A fresh session over `world`. */
export function newSession(world: World): GrantSession {
	return { world, results: {} };
}

/** What the reader set up: the client and, for the code grant, the redirect URI; scopes space-separated. */
export interface GrantSettings {
	readonly client: OAuthClient;
	readonly redirectUri: string;
	readonly scopes: readonly string[];
	/** Send the retired refresh token instead of the current one. */
	readonly reuseRefreshToken?: boolean;
}

export type StepRequest =
	| { readonly ok: true; readonly request: ApiRequest }
	| { readonly ok: false; readonly reason: string };

function fromBuild(
	result:
		| { readonly ok: true; readonly request: ApiRequest }
		| { readonly ok: false; readonly errors: readonly { readonly message: string }[] },
): StepRequest {
	return result.ok
		? { ok: true, request: result.request }
		: { ok: false, reason: result.errors.map((error) => error.message).join(' ') };
}

const missing = (reason: string): StepRequest => ({ ok: false, reason });

/** The request `step` sends now (what its snippets show), or what it still waits for. */
export function stepRequest(
	session: GrantSession,
	step: FlowStep,
	settings: GrantSettings,
): StepRequest {
	const { profile } = session.world;
	const { client, scopes } = settings;
	switch (step) {
		case 'authorize':
			return session.pending
				? { ok: true, request: authorizationApiRequest(session.pending) }
				: missing('Fill in the client to start.');
		case 'exchange':
			if (!session.pending || session.code === undefined)
				return missing('Run the authorization request first: it brings the code.');
			return fromBuild(
				buildTokenRequest(profile, client, {
					type: 'authorization_code',
					code: session.code,
					redirectUri: settings.redirectUri,
					codeVerifier: session.pending.codeVerifier,
				}),
			);
		case 'token':
			return fromBuild(buildTokenRequest(profile, client, { type: 'client_credentials', scopes }));
		case 'device':
			return fromBuild(buildDeviceAuthorizationRequest(profile, client, scopes));
		case 'poll':
			if (!session.device) return missing('Ask for a device code first.');
			return fromBuild(
				buildTokenRequest(profile, client, {
					type: 'device_code',
					deviceCode: session.device.deviceCode,
					interval: session.device.interval,
				}),
			);
		case 'refresh': {
			const refreshToken = settings.reuseRefreshToken
				? session.retiredRefreshToken
				: session.tokens?.refreshToken;
			if (refreshToken === undefined)
				return missing(
					settings.reuseRefreshToken
						? 'No refresh token has been retired yet: refresh once first.'
						: 'Obtain tokens with a grant that issues a refresh token first.',
				);
			return fromBuild(buildTokenRequest(profile, client, { type: 'refresh_token', refreshToken }));
		}
		case 'api':
			return session.tokens
				? fromBuild(buildAccessTokenRequest(profile, session.tokens.accessToken))
				: missing('Obtain an access token first.');
	}
}

/** The session with `step`'s result and every later step of `grant` cleared when it failed. */
function record(
	session: GrantSession,
	grant: FlowGrant,
	step: FlowStep,
	result: StepResult,
): GrantSession {
	const results: Partial<Record<FlowStep, StepResult>> = { ...session.results, [step]: result };
	if (!result.ok) {
		const steps: readonly FlowStep[] = grantSteps[grant];
		for (const later of steps.slice(steps.indexOf(step) + 1)) delete results[later];
	}
	return { ...session, results };
}

/** What a token response changes in the session. */
function withTokens(
	session: GrantSession,
	response: ApiResponse,
	now: number,
	rotating: boolean,
): { session: GrantSession; ok: boolean } {
	const tokens = parseTokenResponse(response.body, now);
	if (response.status !== 200 || !tokens.ok) return { session, ok: false };
	const { ok: _ok, ...set } = tokens;
	const retired =
		rotating && session.tokens?.refreshToken !== undefined
			? { retiredRefreshToken: session.tokens.refreshToken }
			: {};
	return { session: { ...session, tokens: set, ...retired }, ok: true };
}

/** Sends `step` of `grant` to the mock API and returns the next session. */
export async function runStep(
	session: GrantSession,
	grant: FlowGrant,
	step: FlowStep,
	settings: GrantSettings,
): Promise<GrantSession> {
	const built = stepRequest(session, step, settings);
	if (!built.ok) return session;
	const sent = step === 'authorize' ? authorizationRequest(built.request.url) : built.request;
	const { response, world } = await handle(sent, session.world);
	const now = world.clock();
	let next: GrantSession = { ...session, world };
	let ok = response.status >= 200 && response.status < 300;
	if (step === 'authorize' && session.pending) {
		const consent = readConsent(response, session.pending, now);
		ok = consent.kind === 'code';
		next = consent.kind === 'code' ? { ...next, code: consent.code } : next;
	} else if (step === 'device') {
		const device = ok ? parseDeviceAuthorization(response.body) : undefined;
		ok = device !== undefined;
		next = device ? { ...next, device } : next;
	} else if (step !== 'api') {
		const issued = withTokens(next, response, now, step === 'refresh');
		next = issued.session;
		// A pending device is not a failure: the grant goes on with the next poll.
		ok =
			issued.ok ||
			response.errorCode === 'authorization-pending' ||
			response.errorCode === 'slow-down';
	}
	return record(next, grant, step, { request: built.request, response, ok });
}

/** The person at the verification URI approves or denies the device (RFC 8628 §3.3). */
export function decideAsThePerson(
	session: GrantSession,
	decision: 'approve' | 'deny',
): GrantSession {
	if (!session.device) return session;
	const decided = decideDevice(
		session.world,
		session.device.userCode,
		decision,
		session.world.clock(),
	);
	return decided.ok ? { ...session, world: decided.world } : session;
}

/** Revokes the grant the current access token belongs to, as an API's "revoke access" does. */
export function revokeCurrentGrant(session: GrantSession): GrantSession {
	const token = session.tokens?.accessToken;
	const record = session.world.oauth.accessTokens.find((candidate) => candidate.token === token);
	if (!record) return session;
	return {
		...session,
		world: {
			...session.world,
			oauth: revokeGrant(session.world.oauth, record.grantId, session.world.clock()),
		},
	};
}

/** A new authorization request for the code grant (fresh verifier and state): the results start over. */
export function withAuthorization(
	session: GrantSession,
	pending: AuthorizationRequest | undefined,
): GrantSession {
	const { code: _code, pending: _pending, ...rest } = session;
	return { ...rest, ...(pending ? { pending } : {}), results: {} };
}
