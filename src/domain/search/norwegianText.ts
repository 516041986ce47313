// How search reads Norwegian as people type it. Both the indexed text and the query go through
// the same steps, so «Nettbrettet», «nettbrett» and «NETTBRETTENE» meet in one term:
//   1. case folding (nb locale) and Unicode NFC, so a decomposed «å» equals a composed one;
//   2. accents that bokmål writes optionally are dropped (idé = ide, café = cafe), but
//      æ, ø and å are letters of their own and are kept;
//   3. words are split on anything that is not a letter or digit (punctuation, dashes, slashes);
//   4. stop words are dropped: they match everything and rank nothing. The Snowball list
//      (og, i, på, som …) plus a few words that every initiative uses about itself (bedre,
//      mindre, flere, færre, går, tar …), which would otherwise make unrelated ones look alike;
//   5. the Snowball Norwegian stemmer (from @nlpjs/lang-no, a well-kept port) strips inflection:
//      -en -et -a -ene -er -ane -ende …, so vaktskiftet → vaktskift, barnehagene → barnehag.
//      Snowball gives the -er nouns three stems (bruker → bruk, brukere → bruker, brukerne →
//      brukern), so their forms are first brought back to the singular (-ere, -eren, -erne → -er).
// Typos and prefixes are not handled here: the search library does that on the stemmed terms.
import { StemmerNo, StopwordsNo } from '@nlpjs/lang-no';

const stemmer = new StemmerNo();
const stopwords = new StopwordsNo();

/** Letters that carry an optional accent in bokmål, mapped to the plain letter. Not æ/ø/å. */
const OPTIONAL_ACCENTS: Record<string, string> = {
  é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', ó: 'o', ò: 'o', ô: 'o', ü: 'u', ú: 'u', í: 'i', ï: 'i',
};

/** Lower case, NFC, optional accents removed; æ/ø/å kept. */
export function foldCase(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[éèêëáàâóòôüúíï]/g, (c) => OPTIONAL_ACCENTS[c] ?? c);
}

/** Splits folded text into words: runs of letters and digits (any script). */
export function splitWords(text: string): string[] {
  return foldCase(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Comparatives and light verbs found in most need and goal texts (folded, unstemmed). */
const GENERIC_WORDS = new Set([
  'bedre', 'mer', 'mindre', 'flere', 'færre', 'mye', 'lite', 'lang', 'lenge', 'får', 'gir', 'går', 'tar', 'ny', 'nye', 'nytt',
]);

export function isStopword(word: string): boolean {
  return GENERIC_WORDS.has(word) || stopwords.isStopword(word);
}

/** bruker, brukere, brukeren, brukerne → bruker (before Snowball; see the note on top). */
const ER_NOUN_FORMS = /(?<=..er)(e|en|ne)$/;

/** The stem of one folded word; words of one or two letters are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 2) return word;
  return stemmer.stemWord(word.replace(ER_NOUN_FORMS, ''));
}

/** One word as the index stores it, or null when it carries no meaning for search. */
export function searchTerm(word: string): string | null {
  const folded = foldCase(word);
  if (folded === '' || isStopword(folded)) return null;
  return stem(folded);
}

/** Free text to the terms the index stores, in order (duplicates kept: they weigh). */
export function searchTerms(text: string): string[] {
  return splitWords(text).flatMap((w) => {
    const t = searchTerm(w);
    return t === null ? [] : [t];
  });
}
