/**
 * Build time: whether this is the first time a page asks for `what`, for the blocks a page needs
 * once however many islands it carries (the profiles' data, the early-press catcher). Astro gives
 * each page render its own `locals`, so the mark lives there.
 */
export function firstOnPage(locals: object, what: string): boolean {
	const mark = Symbol.for(`auth-playground:${what}-rendered`);
	const store = locals as Record<symbol, boolean | undefined>;
	if (store[mark] === true) return false;
	store[mark] = true;
	return true;
}
