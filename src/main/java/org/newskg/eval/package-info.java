/**
 * Evaluation: gold annotations of articles, and a scorer that matches the answers of the
 * competency queries against them with the rules of {@code shared/eval/score.py} (names
 * normalized, a surname matches a full name, each gold item matched once, quotes by contained
 * text and speaker), giving precision, recall and F1 per category with what was missed.
 *
 * <p>Allowed imports: the JDK and Jackson (to read gold JSON). Used by {@code app} only.
 */
package org.newskg.eval;
