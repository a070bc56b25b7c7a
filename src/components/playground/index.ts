/**
 * The islands authors import in MDX. Each works alone; islands on one page that share a
 * `channel` share one state (the builder's key feeds the snippets and the response panel).
 */
export { default as Playground } from './Playground.astro';
export { default as RequestBuilder } from './RequestBuilder.astro';
export { default as BasicBuilder } from './BasicBuilder.astro';
export { default as BearerBuilder } from './BearerBuilder.astro';
export { default as SnippetTabs } from './SnippetTabs.astro';
export { default as ResponsePanel } from './ResponsePanel.astro';
export { default as ShareLink } from './ShareLink.astro';
