// Convene's reference data: pure, frozen data and small helpers, free of Nest, React and I/O, shared by the API
// and the web app. The country data are generated from npm packages by ../scripts/generate.mjs.
export * from './countries';
export * from './find-country';
export * from './freeze';
export * from './global-south';
