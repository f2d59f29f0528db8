package org.newskg.extract.count;

/**
 * A count found in a sentence, before its place is known.
 *
 * @param numberIndex the token index of the number
 * @param endIndex    the token index where the counting phrase ends
 * @param count       the number
 * @param qualifier   "exact", "at least" or "about"
 * @param counted     what is counted ("arrests", "people", a noun)
 * @param rule        the rule that found it
 */
record FoundCount(int numberIndex, int endIndex, long count, String qualifier, String counted, String rule) {
}
