/**
 * Placeholders that reach a server instead of a key: text copied from documentation, a variable
 * that was never expanded, or what a language prints for a missing value. The patterns are
 * anchored or distinctive so that a random key never matches one.
 */

interface PlaceholderRule {
	readonly pattern: RegExp;
	/** A plain word (`token`, `password`): a placeholder alone, but a real password inside a user:password pair. */
	readonly word?: true;
	readonly describe: (match: string) => string;
}

const rules: readonly PlaceholderRule[] = [
	{
		pattern: /^(?:undefined|null|none|nil|nan|\[object object\])$/i,
		describe: (m) => `the word "${m}", what a program prints for a value that was never set`,
	},
	{
		pattern: /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/,
		describe: (m) => `the variable reference ${m}, sent as text instead of its value`,
	},
	{
		pattern: /^\$\(.*\)$|^`.*`$/s,
		describe: () => 'a shell command substitution, sent as text instead of its output',
	},
	{
		pattern: /^%[A-Za-z_][A-Za-z0-9_]*%$/,
		describe: (m) => `the Windows variable reference ${m}, sent as text`,
	},
	{
		pattern: /^\{\{.*\}\}$/s,
		describe: (m) => `the template variable ${m}, which the tool did not fill in`,
	},
	{
		pattern: /^(?:<[^<>]*>|\{[^{}]*\}|\[[^[\]]*\])$/s,
		describe: () => 'a placeholder in brackets copied from documentation',
	},
	{
		pattern:
			/your[-_ ]?(?:own[-_ ]?)?(?:api[-_ ]?|access[-_ ]?|secret[-_ ]?|bearer[-_ ]?)?(?:key|token|secret|password|credentials)/i,
		describe: () => 'a "your key here" placeholder copied from documentation',
	},
	{
		pattern: /(?:insert|replace|paste|put)[-_ ]?(?:your|the|api|key|token|here)/i,
		describe: () => 'a "put your key here" placeholder copied from documentation',
	},
	{
		word: true,
		pattern:
			/^(?:api[-_]?key|access[-_]?token|bearer[-_]?token|auth[-_]?token|token|secret|key|client[-_]?secret|password|my[-_]?(?:api[-_]?)?(?:key|token))$/i,
		describe: (m) => `the name "${m}" instead of the value it stands for`,
	},
	{
		pattern: /^(?:[A-Za-z]{1,8}_(?:live|test)_)?(?:[xX*•]{4,}|\.{3,}|…)$/,
		describe: () => 'a masked or example key (x, *, …) copied from documentation',
	},
	// "…" never occurs in a key; "..." can end a real token (dots are b64token characters), so only after a short stem.
	{
		pattern: /…$|^[^.]{0,12}\.\.\.$/,
		describe: () => 'a key cut short with an ellipsis, as documentation shows it',
	},
];

/** Why `value` is a placeholder rather than a real credential, or undefined. `pair`: one half of user:password with both halves filled. */
export function placeholderReason(
	value: string,
	options: { readonly pair?: boolean } = {},
): string | undefined {
	const text = value.trim();
	if (text === '') return undefined;
	for (const rule of rules) {
		if (rule.word && options.pair) continue;
		const match = text.match(rule.pattern);
		if (match) return rule.describe(match[0]);
	}
	return undefined;
}
