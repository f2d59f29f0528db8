package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.app.QueryFailedException;
import org.newskg.app.ValidateGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg validate}: the SHACL report of the dataset. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Validates the dataset against newskg's SHACL shapes and prints the report (Turtle).",
        description = "Each article graph on its own, or their union with --union.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Validate against these shapes instead of newskg's own.")
    Path shapes;

    @Option(names = "--union", description = "Validate the union of the article graphs as one graph (finds what "
            + "articles say differently of one node) instead of each article graph on its own.")
    boolean union;

    @Override
    public Integer call() {
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            long[] last = {System.nanoTime()};
            long violations = new ValidateGraph().validate(dataset.dataset, shapes, report, union, (done, total) -> {
                if (total >= 1000 && (System.nanoTime() - last[0] > 2_000_000_000L || done.equals(total))) {
                    stderr.printf("validated %d of %d article graphs%n", done, total);
                    stderr.flush();
                    last[0] = System.nanoTime();
                }
            });
            spec.commandLine().getOut().print(report.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            stderr.println(violations == 0 ? "conforms" : violations + " violation(s)");
            return violations == 0 ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
        } catch (QueryFailedException e) {
            stderr.println("newskg validate: " + e.getMessage());
            return ExitCodes.DATASET_ERROR;
        }
    }
}
