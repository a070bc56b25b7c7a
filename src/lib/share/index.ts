/** Public surface of share-link state. */
export * from './playground-state.ts';
export * from './share-link.ts';
export * from './profile-defaults.ts';
export * from './playground-link.ts';
export * from './state-request.ts';
export * from './typed-request.ts';
