/**
 * Why a request cannot become a snippet. A snippet is code a person runs: if a value could not
 * travel as it is (a line break in a header, a NUL in an argument), every emitter refuses the
 * request rather than emit something that sends a different, or an injected, request.
 * Codes are declared in the registry (src/lib/codes), stable kebab-case anchors on
 * /troubleshooting/: add new ones, never rename. Each code's title and fix are content
 * (src/content/codes/snippets.yaml), shown by the views from templates, not shipped here.
 */
import type { SnippetCode } from '../codes/index.ts';

/** A stable refusal code, declared in the registry; also the anchor of its explanation on /troubleshooting/. */
export type SnippetErrorCode = SnippetCode;

/** One refusal: the code, what holds the problem, the 0-based position in it, and a message. */
export interface SnippetError {
	readonly code: SnippetErrorCode;
	/** What holds the problem, as a reader names it: `URL`, `header "Accept"`, `form field "scope"`. */
	readonly where: string;
	/** 0-based position in that value, in UTF-16 code units as a text field counts them. */
	readonly position: number;
	/** The problem, in plain language; never the secret value itself. */
	readonly message: string;
}

/** A refusal for `code`; its fix is the code's, looked up by views. */
export function snippetError(
	code: SnippetErrorCode,
	where: string,
	position: number,
	message: string,
): SnippetError {
	return { code, where, position, message };
}
