/**
 * Vitest global setup: under CI=true a run that would do less than the whole suite (a runtime
 * subset, fewer generated requests, rewritten goldens, a missing tool) stops before any test with
 * the reason; outside CI the same findings are printed loudly. See scripts/suite-guard.ts.
 */
import { ciRefusal, shrunkNote } from '../../scripts/suite-guard.ts';

export default function setup(): void {
	const refusal = ciRefusal(process.env);
	if (refusal) throw new Error(refusal);
	const note = shrunkNote(process.env);
	if (note) console.warn(`\n${note}\n`);
}
