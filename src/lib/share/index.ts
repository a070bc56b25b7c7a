/** Public surface of share-link state. */
export * from './playground-state.ts';
export * from './share-link.ts';
