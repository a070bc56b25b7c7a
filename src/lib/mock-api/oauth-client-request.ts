/**
 * The common start of the two endpoints a client POSTs a form to: the token endpoint (RFC 6749
 * §3.2) and the device authorization endpoint (RFC 8628 §3.1). Both take POST only, an
 * application/x-www-form-urlencoded body with no parameter repeated (RFC 6749 §3.1, §3.2), and an
 * authenticated (or, for a public client, identified) client (§2.3). One home, so the two
 * endpoints cannot drift apart in what they refuse.
 */
import { headerValue, type ApiRequest } from '../http/index.ts';
import { formFields } from './credentials.ts';
import type { ErrorCode } from './error-codes.ts';
import { authenticateClient } from './oauth-client-auth.ts';
import type { OAuthClient } from './oauth-clients.ts';
import { errorResponse } from './respond.ts';
import type { Handled } from './resource.ts';
import type { World } from './world.ts';

/** A refusal; `explanation` says what was wrong in this request, beside the response only. */
export function refuse(world: World, now: number, code: ErrorCode, explanation: string): Handled {
	return { response: errorResponse(world.profile, code, now, { explanation }), world };
}

/** What a client's form request holds once it has passed the common checks. */
export type ClientForm =
	| { readonly ok: true; readonly fields: Map<string, string[]>; readonly client: OAuthClient }
	| { readonly ok: false; readonly refused: Handled };

/**
 * Reads a client's form POST to `endpoint` ("token", "device authorization"), whose parameters
 * `section` of the RFCs describes; refuses the method, the body, a repeated parameter or the client.
 */
export function readClientForm(
	request: ApiRequest,
	world: World,
	now: number,
	endpoint: string,
	section: string,
): ClientForm {
	if (request.method !== 'POST')
		return {
			ok: false,
			refused: {
				response: errorResponse(world.profile, 'method-not-allowed', now, {
					explanation: `The ${endpoint} endpoint takes POST.`,
					headers: [['Allow', 'POST']],
				}),
				world,
			},
		};
	const mediaType = (headerValue(request.headers, 'content-type') ?? '')
		.split(';')[0]!
		.trim()
		.toLowerCase();
	if (mediaType !== 'application/x-www-form-urlencoded' || request.body?.kind !== 'form')
		return {
			ok: false,
			refused: refuse(
				world,
				now,
				'token-request-invalid',
				`Send the parameters as an application/x-www-form-urlencoded body (${section})`,
			),
		};
	const fields = formFields(request);
	const repeated = [...fields].find(([, values]) => values.length > 1)?.[0];
	if (repeated)
		return {
			ok: false,
			refused: refuse(
				world,
				now,
				'token-request-invalid',
				`The ${repeated} parameter appears more than once`,
			),
		};
	const client = authenticateClient(request, world, fields);
	if (!client.ok) return { ok: false, refused: refuse(world, now, client.code, client.detail) };
	return { ok: true, fields, client: client.client };
}
