package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of people, organizations, places, arrest counts and statements "
                + "from news articles, and queries it with SPARQL.",
        subcommands = {BuildCommand.class, LoadCommand.class, QueryCommand.class, ValidateCommand.class, ExportCommand.class,
            PushCommand.class, ServeCommand.class, ReportCommand.class, EvaluateCommand.class,
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

    private final java.io.InputStream stdin;
    private final java.io.OutputStream stdout;

    private KgCli(java.io.InputStream stdin, java.io.OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** The process's standard input, for "-" inputs. */
    java.io.InputStream stdin() {
        return stdin;
    }

    /** The process's standard output as bytes, for binary output such as a gzipped export. */
    java.io.OutputStream stdout() {
        return stdout;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The command line, ready to execute, reading stdin from {@code in} and writing binary stdout to {@code out}. */
    public static CommandLine commandLine(java.io.InputStream in, java.io.OutputStream out) {
        return new CommandLine(new KgCli(in, out)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The command line with empty stdin and stdout discarded, for tests that read getOut(). */
    public static CommandLine commandLine() {
        return commandLine(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream());
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.in, System.out).execute(args));
    }
}
