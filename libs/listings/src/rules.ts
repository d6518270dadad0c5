/**
 * The lib's pure rules and constants, for code that must not load the lib's services (a worker
 * thread: libs/imports' row reader). Nothing here reaches Nest's core or TypeORM
 * (.dependency-cruiser.cjs: light-entries); the index exports the same names.
 */
export * from './listing.types.js';
