package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of people, organizations, places, arrest counts and statements "
                + "from news articles, and queries it with SPARQL.",
        subcommands = {BuildCommand.class, QueryCommand.class, ValidateCommand.class, EvaluateCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:some input could not be read or built",
            "2:usage error",
            "3:validate: the dataset does not conform to the shapes",
            "4:query: the query does not parse or could not run",
            "5:the dataset could not be opened or written"})
public final class KgCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The command line, ready to execute. */
    public static CommandLine commandLine() {
        return new CommandLine(new KgCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
