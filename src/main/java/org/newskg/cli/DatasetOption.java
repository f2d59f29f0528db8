package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --dataset option every command that touches the dataset shares. */
public final class DatasetOption {
    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "output/dataset",
            description = "The TDB2 dataset directory (default: ${DEFAULT-VALUE}).")
    Path dataset;
}
