/**
 * The text of each code, read at build time from src/content/codes/ (server only: pages and
 * island markup call it, islands never import it). Throws when a code the registry declares has
 * no text, so the build fails rather than ship an empty fix.
 */
import { getCollection, getEntry } from 'astro:content';

/** The code sets whose text is short: a heading and a fix. */
export type CodeTextSet = 'auth' | 'snippets' | 'doctor' | 'key-store';

export interface CodeText {
	readonly title: string;
	readonly fix: string;
}

const collections = {
	auth: 'authCodeText',
	snippets: 'snippetCodeText',
	doctor: 'doctorCodeText',
	'key-store': 'keyStoreCodeText',
} as const;

/** Every code of `set` with its text, in the file's order. */
export async function codeTexts(set: CodeTextSet): Promise<ReadonlyMap<string, CodeText>> {
	const entries = await getCollection(collections[set]);
	return new Map(
		entries.map((entry) => [entry.id, { title: entry.data.title, fix: entry.data.fix }]),
	);
}

/** The text of `code` in `set`; fails the build when the content has none. */
export function textOf(texts: ReadonlyMap<string, CodeText>, code: string): CodeText {
	const text = texts.get(code);
	if (!text) throw new Error(`src/content/codes/ has no text for the code ${code}`);
	return text;
}

/** A lookup of the fix of each code of `set`, for server-rendered views. */
export async function fixesOf(set: CodeTextSet): Promise<(code: string) => string> {
	const texts = await codeTexts(set);
	return (code) => textOf(texts, code).fix;
}

/** A doctor finding's whole entry (explanation, example, reference too), for its section on /troubleshooting/. */
export async function findingText(code: string) {
	const entry = await getEntry('doctorCodeText', code);
	if (!entry) throw new Error(`src/content/codes/doctor.yaml has no text for the finding ${code}`);
	return entry.data;
}

/** Every set an island can hold templates of: the short sets, and the mock API's answers. */
export type TemplateSet = CodeTextSet | 'mock';

/** The parts of a code's text an island shows. */
export type CodeTextPart = 'title' | 'fix' | 'cause';

/** The parts an island shows of each code of `set`, in the file's order. */
export async function templateParts(
	set: TemplateSet,
): Promise<[string, Partial<Record<CodeTextPart, string>>][]> {
	if (set === 'mock')
		return (await getCollection('mockCodeText')).map((entry) => [
			entry.id,
			{ cause: entry.data.cause, fix: entry.data.fix },
		]);
	return [...(await codeTexts(set))].map(([code, text]) => [code, { ...text }]);
}

/** A simulated API answer's whole entry (cause, fix, WWW-Authenticate), for /reference/errors/. */
export async function errorText(code: string) {
	const entry = await getEntry('mockCodeText', code);
	if (!entry) throw new Error(`src/content/codes/mock.yaml has no text for the code ${code}`);
	return entry.data;
}
