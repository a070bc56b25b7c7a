/**
 * The mock API: one pure function from a request and a world to a response and the next world.
 * The page, the unit tests and the HTTP server (`npm run mock-api`) all call it. The clock and the
 * random source come from the world; nothing here reads the real time or the real RNG.
 */
import type { ApiRequest } from '../http/index.ts';
import { handleResource, type Handled } from './resource.ts';
import { errorResponse } from './respond.ts';
import { routeOf } from './router.ts';
import type { World } from './world.ts';

export type { Handled } from './resource.ts';

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * Answers `request` as the world's API would. Asynchronous because PKCE verification hashes with
 * Web Crypto; every other route resolves without waiting on anything.
 */
export async function handle(request: ApiRequest, world: World): Promise<Handled> {
	const now = world.clock();
	const { profile } = world;
	let url: URL;
	try {
		url = new URL(request.url);
	} catch {
		return {
			response: errorResponse(profile, 'malformed-request', now, {
				explanation: 'The request URL is not an absolute URL.',
			}),
			world,
		};
	}
	// A body parser runs before any route, as in most frameworks: bad JSON is refused first.
	if (request.body?.kind === 'json' && !isJson(request.body.text)) {
		return {
			response: errorResponse(profile, 'malformed-json', now, {
				explanation: 'The request body is declared as JSON but does not parse.',
			}),
			world,
		};
	}
	const route = routeOf(profile, url);
	switch (route.kind) {
		case 'authorize':
			return (await import('./oauth-authorize.ts')).handleAuthorize(request, world, url, now);
		case 'token':
			return (await import('./oauth-token.ts')).handleToken(request, world, now);
		case 'device':
			return (await import('./oauth-device.ts')).handleDeviceAuthorization(request, world, now);
		case 'resource':
			return handleResource(request, world, route.path, now);
		case 'elsewhere':
			return {
				response: errorResponse(profile, 'not-found', now, {
					explanation: `This URL is not part of ${profile.name}, whose base URL is ${profile.baseUrl}.`,
				}),
				world,
			};
	}
}
