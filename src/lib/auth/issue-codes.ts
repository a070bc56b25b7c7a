/**
 * Every problem the auth core can find, by code. Codes are kebab-case because they become anchors
 * (`/troubleshooting/#trailing-newline`); where a code also names a header doctor finding, the
 * two mean the same thing. Codes are declared in the registry (src/lib/codes) and are stable:
 * add new ones, never rename.
 *
 * The core ships codes only. Each code's title and fix are content (src/content/codes/auth.yaml):
 * the pages render them, and each island shows them from templates the server put in its markup,
 * so a reworded fix costs no JavaScript.
 */
import { troubleshootingCodesOf, type AuthCode } from '../codes/index.ts';

/** A stable issue code, declared in the registry; also the anchor of its explanation in the docs. */
export type AuthIssueCode = AuthCode;
/** Codes about typed or pasted credentials (one set since the fixes left the bundle). */
export type InputIssueCode = AuthIssueCode;
/** Codes about decoding an `Authorization` header value. */
export type HeaderIssueCode = AuthIssueCode;
/** Codes about OAuth 2.0 inputs and answers (RFC 6749, RFC 7636). */
export type OAuthIssueCode = AuthIssueCode;

/** Every code, in the registry's order (for docs pages and exhaustive tests). */
export const authIssueCodeList: AuthIssueCode[] = /* #__PURE__ */ troubleshootingCodesOf('auth');
