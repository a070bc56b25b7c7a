/**
 * What a reader is: it recognises one shape of paste (a cURL command for cmd, a Python call, a
 * HAR entry…), runs the checks for what that shape holds, and hands back what it read: the
 * corrected Authorization value and, when the paste is a whole request, that request. The shape
 * decides how text is read (which shell expands `$KEY`, what `{{key}}` means), so every reader
 * gets the paste itself, not text another reader pre-digested.
 */
import type { Header } from '../http/index.ts';
import type { Collector } from './findings/collector.ts';
import type { InputKind, Shape } from './types.ts';

export type { Shape };

/** A request as the pasted tool would send it, before any repair. */
export interface PastedRequest {
	readonly method: string;
	/** Absolute URL, query included. */
	readonly url: string;
	/** Every header the paste sets, in order, credentials included (`-u` and `auth=` become `Authorization`). */
	readonly headers: readonly Header[];
	readonly body?: string;
	/** Index in `headers` of the header that carries the credentials, if any. */
	readonly credentialAt?: number;
	/** The variable the paste reads the credential from (`$API_KEY`, `%API_KEY%`, `os.environ["API_KEY"]`). */
	readonly credentialVariable?: string;
	/** For Basic credentials whose password is that variable: the username, written literally. */
	readonly basicUser?: string;
	/** Why no snippet can repeat this request (a body read from a file, a HEAD request). */
	readonly unsupported?: string;
}

/** What a reader hands back. */
export interface Reading {
	/** The corrected Authorization value, when every repair is certain. */
	readonly corrected?: string | undefined;
	/** The request, when the paste holds a whole one. */
	readonly request?: PastedRequest | undefined;
	/** A more precise label than the reader's own (`PowerShell Invoke-WebRequest`). */
	readonly label?: string;
}

export interface Reader {
	readonly shape: Shape;
	/** How the output names the shape after "Read as:". */
	readonly label: string;
	/** The coarse kind, kept in finding links. */
	readonly kind: InputKind;
	/** Whether `paste` (trimmed, non-empty) has this shape; cheap, no findings. */
	readonly recognises: (paste: string) => boolean;
	/** Runs the checks for this shape and returns what was read. */
	readonly read: (into: Collector, paste: string) => Reading;
}
