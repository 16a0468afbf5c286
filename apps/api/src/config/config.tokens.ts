/** Injection tokens for values made before Nest starts (see main.ts and AppModule.forRoot). */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const APP_LOGGER = Symbol('APP_LOGGER');
