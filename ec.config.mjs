// @ts-check
// Expressive Code (Starlight's code blocks). Long lines wrap, indentation kept: a block that
// scrolls sideways gets an unnamed role="region" from Expressive Code's script, and two of them
// on one page are landmarks nobody can tell apart (axe landmark-unique). Wrapping also spares
// phone readers the sideways scroll.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

export default defineEcConfig({
	defaultProps: { wrap: true },
});
