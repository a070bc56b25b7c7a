/**
 * The OAuth clients registered with a simulated authorization server. The demo clients' values
 * are public on purpose: the guides and the playground use them, like a sandbox app in an API's
 * docs. Redirect URIs are compared as exact strings (RFC 9700 §4.1.3).
 */
import type { Profile } from '../profiles/index.ts';

export type GrantType =
	'authorization_code' | 'refresh_token' | 'client_credentials' | 'device_code';

export interface OAuthClient {
	readonly clientId: string;
	/** Null for a public client (a single-page or native app), which cannot keep a secret. */
	readonly clientSecret: string | null;
	readonly redirectUris: readonly string[];
	readonly grantTypes: readonly GrantType[];
}

/** The loopback redirect a command-line or desktop app listens on (RFC 8252 §7.3). */
export const loopbackRedirectUri = 'http://127.0.0.1:8976/callback';

/** A confidential web-server app, a public single-page app and, where the API offers the device grant, a public device app (a TV or a CLI). */
export function demoClients(profile: Profile): OAuthClient[] {
	if (!profile.oauth) return [];
	return [
		{
			clientId: `${profile.id}-web-app`,
			clientSecret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
			redirectUris: ['https://app.example.com/callback', loopbackRedirectUri],
			grantTypes: ['authorization_code', 'refresh_token', 'client_credentials'],
		},
		{
			clientId: `${profile.id}-spa`,
			clientSecret: null,
			redirectUris: ['https://spa.example.com/callback', loopbackRedirectUri],
			grantTypes: ['authorization_code', 'refresh_token'],
		},
		...(profile.oauth.grants.includes('device_code')
			? [
					{
						clientId: `${profile.id}-device`,
						clientSecret: null,
						redirectUris: [],
						grantTypes: ['device_code', 'refresh_token'] as GrantType[],
					},
				]
			: []),
	];
}
