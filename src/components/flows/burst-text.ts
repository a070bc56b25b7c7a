/** The words of the burst simulator, shared by its server rendering and its script. */
import type { Profile } from '../../lib/profiles/index.ts';

/** What a burst sends for `profile`, or why there is nothing to simulate. */
export function sendsText(profile: Profile): string {
	if (!profile.rateLimit)
		return `${profile.name} publishes no rate limit, so there is nothing to simulate; pick an API that does, such as Example API.`;
	const { method, path } = profile.sampleEndpoint;
	return `Sends ${method} ${profile.baseUrl}${path} with the example key, or the key in a request builder on the same page. Time is simulated: nothing waits, nothing leaves your browser.`;
}
