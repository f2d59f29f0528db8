package org.newskg.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

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

    private PartOfSpeech(POSModel model) {
        this.model = model;
    }

    /** The model from the classpath, read once for the whole process (it takes about a second). */
    public static PartOfSpeech load() {
        return Standard.MODEL;
    }

    /** Read when first asked for, by the JVM's class initialisation: once, and safely across threads. */
    private static final class Standard {
        static final PartOfSpeech MODEL = read();
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

    /** Tags one sentence's words, written as the Penn Treebank writes them (see {@link #treebankWord}). */
    String[] tag(POSTaggerME tagger, String[] words) {
        return tagger.tag(words);
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
