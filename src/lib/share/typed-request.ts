/**
 * The request exactly as the reader typed it, for "Send as typed": the builder refuses a value
 * with a trailing space, a pasted `Bearer ` or nothing at all, because a real API would refuse it
 * too; this request lets the reader see that refusal from the simulated API. No check and no
 * trimming: the value goes into the Authorization field as it is (Basic credentials are Base64 of
 * the typed user-id:password, RFC 7617 §2). It is only ever handed to the in-page mock API.
 */
import { apiKeyRequest } from '../auth/api-key.ts';
import { encodeBase64, utf8Bytes } from '../auth/base64.ts';
import type { ApiRequest } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import type { PlaygroundState } from './playground-state.ts';

/** The user-id and password the typed state puts into Basic credentials. */
function basicParts(state: PlaygroundState): [string, string] {
	switch (state.variant) {
		case 'user-password':
			return [state.username, state.password];
		case 'empty-username':
			return ['', state.apiKey];
		case 'any-username':
			return [state.username, state.apiKey];
		case 'key-as-username':
			return [state.apiKey, ''];
	}
}

/** The Authorization value as typed, or null when nothing was typed at all or the scheme is apiKey (no field is sent). */
export function typedAuthorization(state: PlaygroundState): string | null {
	if (state.scheme === 'basic') {
		const [userId, password] = basicParts(state);
		return userId === '' && password === ''
			? null
			: `Basic ${encodeBase64(utf8Bytes(`${userId}:${password}`))}`;
	}
	// An apiKey scheme's key travels in its own header or query parameter (typedStateRequest).
	if (state.scheme === 'apiKey') return null;
	const value = state.scheme === 'bearer' ? state.apiKey : state.token;
	return value === '' ? null : `Bearer ${value}`;
}

/** The profile's sample request carrying the typed credentials, unchecked. */
export function typedStateRequest(state: PlaygroundState, profile: Profile): ApiRequest {
	// An apiKey scheme sends the key in its named header or query parameter, never in
	// Authorization (which such an API does not read): the typed key goes where the builder puts it.
	if (state.scheme === 'apiKey' && state.apiKey !== '')
		return apiKeyRequest(profile, { in: state.keyIn, name: state.keyName, key: state.apiKey });
	const { method, path, headers } = profile.sampleEndpoint;
	const authorization = typedAuthorization(state);
	return {
		method,
		url: profile.baseUrl + path,
		headers: authorization === null ? [...headers] : [...headers, ['Authorization', authorization]],
	};
}
