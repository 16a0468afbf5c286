/**
 * Words match when their trigram word similarity to the typed text reaches this (pg_trgm's
 * `word_similarity_threshold`, which the `<%` operator reads; set on every connection, see data-source.ts).
 * 0.5 lets "Concilation Resorces" find "Conciliation Resources" and "Amnia" find "Amina".
 */
export const SEARCH_WORD_SIMILARITY = 0.5;
