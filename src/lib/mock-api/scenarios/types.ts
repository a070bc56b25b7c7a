/** What a scenario hands to `handle`: the world it set up and the request to send. */
import type { ApiRequest } from '../../http/index.ts';
import type { World } from '../world.ts';

export interface Staged {
	readonly world: World;
	readonly request: ApiRequest;
	/** What the scenario did, in one sentence for the reader; never part of the request. */
	readonly note: string;
}
