// Convene's reference data: pure, frozen data and small helpers, free of Nest, React and I/O, shared by the API
// and the web app. The country data are generated from npm packages by ../scripts/generate.mjs.
export * from './countries';
export * from './dialogues';
export * from './find-country';
export * from './freeze';
export * from './global-south';
export * from './organization-kinds';
export * from './partners';
export * from './policy-processes';
export * from './themes';
export * from './un-entities';
