package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.app.BuildFailure;
import org.newskg.app.EvaluateExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate}: precision, recall and F1 against gold annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Scores extraction against gold annotations of your own.",
        description = "For each NAME.json in --gold (persons, organizations, places, arrest counts and quotes, in the "
                + "format the README describes), builds the article NAME.* of --articles into a dataset of its "
                + "own, asks the five competency queries and prints precision, recall and F1 per category, with "
                + "what was missed and spurious, and the precision of each extraction rule.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The directory of gold *.json files.")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR",
            description = "The directory of the articles, named like the gold files.")
    Path articles;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Competency queries to ask instead of newskg's own (persons.rq, organizations.rq, ...).")
    Path queries;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvaluateExtraction.Result r = EvaluateExtraction.standard().evaluate(gold, articles, queries);
        out.print(r.reportText());
        out.flush();
        for (BuildFailure f : r.failed()) {
            err.println("error: " + f.message());
        }
        err.flush();
        return r.failed().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
    }
}
