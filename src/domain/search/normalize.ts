/**
 * Text normalisation shared by indexing and querying: both sides must fold text the same way,
 * or a query can never meet the name it spells.
 */

/** Queries longer than this are cut: nobody types a 200-character place name. */
export const MAX_QUERY_CHARS = 200;
/** Each term costs a fuzzy walk of the index; more terms than this are dropped. */
export const MAX_QUERY_TERMS = 8;

/**
 * Combining marks that are diacritics on Latin (and Greek, Cyrillic) letters: the Combining
 * Diacritical Marks blocks only. A blanket `\p{M}` would also strip Devanagari vowel signs and the
 * virama (लिथियम would become लथयम and meet unrelated words), so Indic marks are kept.
 */
// eslint-disable-next-line no-misleading-character-class -- a class of combining marks, on purpose
const LATIN_DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Devanagari nukta: मिज़ोरम and मिजोरम are the same word to a reader; many keyboards omit it. */
const NUKTA = /\u093c/g;
/** Chandrabindu is often typed as anusvara (धातुएँ / धातुएं). */
const CHANDRABINDU = /\u0901/g;
/** Apostrophes join, they do not split: "Ashok's" is one word. */
const APOSTROPHES = /['\u2019\u02bc]/g;
/** A word is letters, numbers and the marks attached to them (Devanagari vowel signs are marks). */
const WORD_SPLIT = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * Folds text for matching: lower case, compatibility decomposition (NFKD), Latin diacritics
 * removed, Devanagari kept with its vowel signs (nukta and chandrabindu folded).
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(LATIN_DIACRITICS, '')
    .replace(NUKTA, '')
    .replace(CHANDRABINDU, '\u0902')
    .replace(APOSTROPHES, '');
}

/** The normalised words of a text, in order; empty for text with no letters or digits. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(WORD_SPLIT)
    .filter((t) => t.length > 0);
}

/**
 * The words of a user's query, bounded: at most {@link MAX_QUERY_CHARS} characters are read and
 * at most {@link MAX_QUERY_TERMS} distinct words kept, so a pasted page cannot stall the search.
 */
export function queryTerms(query: string): string[] {
  const terms = tokenize(query.slice(0, MAX_QUERY_CHARS));
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}
