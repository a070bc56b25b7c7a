/**
 * The request a playground state describes, built by the auth core. This is the one place the
 * playground turns typed values into an `ApiRequest`: the header view, the snippets and the mock
 * API all read its result. Issues come back tagged with the input they are about, so each can be
 * shown next to its field.
 */
import type { ApiRequest } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import {
	buildApiKeyRequest,
	buildBasicRequest,
	buildBearerRequest,
	keyEnvironment,
	type AuthField,
	type AuthIssue,
	type BasicCredentials,
	type BasicSteps,
	type KeyEnvironment,
} from '../auth/index.ts';
import type { PlaygroundState } from './playground-state.ts';

/** The state fields that hold credentials typed by the reader. */
export type CredentialInput = 'username' | 'password' | 'apiKey' | 'token';

/** An issue, with the input it points into (its `position` counts in that input's value). */
export interface InputIssue extends AuthIssue {
	readonly input: CredentialInput;
}

export interface StateRequest {
	/** Absent exactly when `errors` is not empty: nothing unsafe is ever emitted. */
	readonly request?: ApiRequest;
	readonly errors: readonly InputIssue[];
	readonly warnings: readonly InputIssue[];
	/** Every Basic step, for the builder view (Basic only, and only when the header was built). */
	readonly steps?: BasicSteps;
	/** The key's environment, when the profile names its key prefixes (Bearer only). */
	readonly environment?: KeyEnvironment;
	/** The inputs this scheme and layout read, in the order a form shows them. */
	readonly inputs: readonly CredentialInput[];
}

/** The inputs a state's scheme and Basic layout read (RFC 7617 §2: user-id, then password). */
export function credentialInputs(
	state: Pick<PlaygroundState, 'scheme' | 'variant'>,
): readonly CredentialInput[] {
	if (state.scheme === 'bearer' || state.scheme === 'apiKey') return ['apiKey'];
	if (state.scheme === 'oauth2') return ['token'];
	switch (state.variant) {
		case 'user-password':
			return ['username', 'password'];
		case 'any-username':
			return ['username', 'apiKey'];
		case 'empty-username':
		case 'key-as-username':
			return ['apiKey'];
	}
}

function basicCredentials(state: PlaygroundState): BasicCredentials {
	switch (state.variant) {
		case 'user-password':
			return { variant: 'user-password', username: state.username, password: state.password };
		case 'empty-username':
			return { variant: 'empty-username', key: state.apiKey };
		case 'any-username':
			return { variant: 'any-username', username: state.username, key: state.apiKey };
		case 'key-as-username':
			return { variant: 'key-as-username', key: state.apiKey };
	}
}

function tagIssues(
	issues: readonly AuthIssue[],
	inputs: readonly CredentialInput[],
	fieldInputs: Partial<Record<AuthField, CredentialInput>>,
): InputIssue[] {
	const fallback = inputs.at(-1) ?? 'apiKey';
	return issues.map((issue) => ({ ...issue, input: fieldInputs[issue.field] ?? fallback }));
}

/** Builds the request for `state` against `profile`'s sample endpoint; `now` (ms) judges JWT expiry. Never throws. */
export function buildStateRequest(
	state: PlaygroundState,
	profile: Profile,
	now?: number,
): StateRequest {
	const inputs = credentialInputs(state);
	if (state.scheme === 'basic') {
		const built = buildBasicRequest(profile, basicCredentials(state), { now });
		const fields = { username: 'username', password: 'password', key: 'apiKey' } as const;
		const warnings = tagIssues(built.warnings, inputs, fields);
		if (!built.ok) return { errors: tagIssues(built.errors, inputs, fields), warnings, inputs };
		return { request: built.request, errors: [], warnings, steps: built.steps, inputs };
	}
	if (state.scheme === 'apiKey') {
		// `now` too, as for Bearer: an expired JWT pasted as an API key is flagged the same way.
		const built = buildApiKeyRequest(
			profile,
			state.apiKey,
			{ in: state.keyIn, name: state.keyName },
			{ now },
		);
		const fields = { key: 'apiKey', header: 'apiKey' } as const;
		const warnings = tagIssues(built.warnings, inputs, fields);
		if (!built.ok) return { errors: tagIssues(built.errors, inputs, fields), warnings, inputs };
		return { request: built.request, errors: [], warnings, inputs };
	}
	const input = state.scheme === 'bearer' ? 'apiKey' : 'token';
	const value = state[input];
	const built = buildBearerRequest(profile, value, { now });
	const fields = { token: input } as const;
	const warnings = tagIssues(built.warnings, inputs, fields);
	if (!built.ok) return { errors: tagIssues(built.errors, inputs, fields), warnings, inputs };
	const environment = state.scheme === 'bearer' ? keyEnvironment(value, profile) : undefined;
	return {
		request: built.request,
		errors: [],
		warnings,
		inputs,
		...(environment ? { environment } : {}),
	};
}
