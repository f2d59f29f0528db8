package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.newskg.app.Version;
import org.newskg.article.Article;
import org.newskg.article.ArticleInputs;
import org.newskg.article.InputFormat;
import org.newskg.article.InputItem;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionToRdf;
import org.newskg.rdf.NQuadsSink;
import org.newskg.rdf.TextProfile;

/**
 * The article-to-quads function on an executor: each input file's items, read as a build reads
 * them, extracted and mapped by the core's pipeline, one item at a time (a partition of any size
 * streams through). The pipeline (gazetteers, word lists, the tagger's model) is built once per
 * executor JVM and shared by its task threads; it is thread-safe, as a build's extraction pool
 * shares it.
 */
final class ArticleQuads {
    private static volatile ExtractionPipeline pipeline;

    private ArticleQuads() {
    }

    private static ExtractionPipeline pipeline() {
        ExtractionPipeline p = pipeline;
        if (p == null) {
            synchronized (ArticleQuads.class) {
                p = pipeline;
                if (p == null) {
                    p = ExtractionPipeline.standard();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * The first pass: what a partition's files hold, read as a build reads them but not
     * extracted: each article's id and source, each unreadable item's failure. Lazy.
     */
    static Iterator<Outcome> seen(Iterator<InputFile> files, InputFormat format, Map<String, String> hadoopConf) {
        return map(files, format, hadoopConf, (file, item, read) -> {
            if (read instanceof InputItem.Unreadable u) {
                return Outcome.failed(file.order(), item, u.source(), u.line(), u.message());
            }
            Article article = ((InputItem.Parsed) read).article();
            return Outcome.built(article.id().value(), file.order(), item, article.source(), null, 0);
        });
    }

    /**
     * The second pass: the graphs of a partition's articles, extracted and mapped, leaving out
     * the unreadable items and the articles whose id an earlier one has ({@code clashes}: the ids
     * given more than once), all reported by the first pass. An article whose extraction fails is
     * a failure. Lazy.
     */
    static Iterator<Outcome> built(Iterator<InputFile> files, InputFormat format, TextProfile text,
                                   Map<String, String> hadoopConf, Map<String, SparkBuild.Clash> clashes) {
        ExtractionToRdf mapper = new ExtractionToRdf(Version.current(), text);
        return map(files, format, hadoopConf, (file, item, read) -> {
            if (!(read instanceof InputItem.Parsed p)) {
                return null;
            }
            SparkBuild.Clash clash = clashes.get(p.article().id().value());
            if (clash != null && !clash.isFirst(file.order(), item)) {
                return null;
            }
            return extract(file, item, p.article(), mapper);
        });
    }

    /** What one item of a file becomes; null for nothing. */
    private interface ItemFunction {
        Outcome apply(InputFile file, long item, InputItem read);
    }

    /** What each item of each file becomes, in order, nulls left out: a file opened at a time, closed once read. */
    private static Iterator<Outcome> map(Iterator<InputFile> files, InputFormat format, Map<String, String> hadoopConf,
                                         ItemFunction function) {
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        return new Iterator<>() {
            private InputFile file;
            private InputStream open;
            private Iterator<InputItem> items = java.util.Collections.emptyIterator();
            private long item;
            private Outcome next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    while (!items.hasNext()) {
                        close();
                        if (!files.hasNext()) {
                            return false;
                        }
                        file = files.next();
                        item = 0;
                        items = open(file);
                    }
                    next = function.apply(file, item++, items.next());
                }
                return true;
            }

            @Override
            public Outcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Outcome o = next;
                next = null;
                return o;
            }

            private Iterator<InputItem> open(InputFile f) {
                try {
                    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f.uri());
                    FileSystem fs = path.getFileSystem(conf);
                    open = fs.open(path);
                    return ArticleInputs.read(open, f.source(), Path.of(f.relative()), format);
                } catch (java.io.FileNotFoundException e) {
                    return java.util.List.<InputItem>of(new InputItem.Unreadable(f.source(), 0, f.source()
                            + ": no such file")).iterator();
                } catch (IOException | RuntimeException e) {
                    return java.util.List.<InputItem>of(new InputItem.Unreadable(f.source(), 0, f.source() + ": "
                            + e.getMessage())).iterator();
                }
            }

            private void close() {
                if (open != null) {
                    try {
                        open.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    open = null;
                }
            }
        };
    }

    private static Outcome extract(InputFile file, long item, Article article, ExtractionToRdf mapper) {
        try {
            ArticleGraph graph = mapper.map(pipeline().extract(article));
            String nquads = new String(NQuadsSink.render(graph), StandardCharsets.UTF_8);
            return Outcome.built(article.id().value(), file.order(), item, article.source(), nquads, graph.size());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // As in a build: a defect, or an article too large for the memory, skips that article only.
            return Outcome.failed(file.order(), item, article.source(), 0, article.source() + ": extraction failed ("
                    + e + "); the article was skipped");
        }
    }
}
