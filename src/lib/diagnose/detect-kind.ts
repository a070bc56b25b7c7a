/**
 * What a paste is, as the coarse kind that finding links carry: the kind of the reader that
 * recognises it (see `readers.ts`), `empty`, or `unrecognised`.
 */
import { readerFor } from './readers.ts';
import type { InputKind } from './types.ts';

/** The kind of `paste`. */
export function detectKind(paste: string): InputKind {
	if (paste.trim() === '') return 'empty';
	return readerFor(paste)?.kind ?? 'unrecognised';
}
