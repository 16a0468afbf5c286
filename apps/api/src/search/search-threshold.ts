/**
 * Words match when their trigram word similarity to the typed text reaches this (pg_trgm's
 * `word_similarity_threshold`, which the `<%` operator reads; set on every connection, see data-source.ts).
 * 0.5 lets "Concilation Resorces" find "Conciliation Resources" and "Amnia" find "Amina".
 */
export const SEARCH_WORD_SIMILARITY = 0.5;

/**
 * A misspelt word's candidates in the word dictionary share at least this trigram similarity with it (pg_trgm's
 * `similarity_threshold`, read by `%`; PostgreSQL's default, set on every connection so that it stays so).
 */
export const SEARCH_TERM_SIMILARITY = 0.3;
