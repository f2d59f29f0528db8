package org.newskg.cli;

import org.newskg.app.InputException;
import org.newskg.app.QueryFailedException;
import org.newskg.app.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of people, organizations, places, arrest counts and statements "
                + "from news articles, and queries it with SPARQL.",
        subcommands = {BuildCommand.class, LoadCommand.class, QueryCommand.class, ValidateCommand.class, ExportCommand.class,
            PushCommand.class, ServeCommand.class, ReportCommand.class, EvaluateCommand.class,
            CommandLine.HelpCommand.class})
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
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    /** The command line, ready to execute, reading stdin from {@code in} and writing binary stdout to {@code out}. */
    public static CommandLine commandLine(java.io.InputStream in, java.io.OutputStream out) {
        CommandLine cli = new CommandLine(new KgCli(in, out)).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(KgCli::failed);
        withExitCodes(cli);
        return cli;
    }

    private static void withExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.TABLE);
        command.getSubcommands().values().forEach(KgCli::withExitCodes);
    }

    /** The command line with empty stdin and stdout discarded, for tests that read getOut(). */
    public static CommandLine commandLine() {
        return commandLine(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream());
    }

    /**
     * What a command did not catch becomes one line on stderr and its exit code, never a stack
     * trace: a value it cannot use is a usage error (2), a file it cannot read an input error
     * (1), a query that fails 4, anything else a dataset error (5).
     */
    static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String message = e instanceof java.nio.file.NoSuchFileException n ? n.getFile() + ": no such file or directory"
                : e.getMessage() == null ? e.toString() : e.getMessage();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
        command.getErr().flush();
        if (e instanceof UsageException || e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof InputException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return ExitCodes.INPUT_ERROR;
        }
        if (e instanceof QueryFailedException q) {
            return q.parseError() ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        }
        return ExitCodes.DATASET_ERROR;
    }

    public static void main(String[] args) {
        OneLineLogs.install();
        System.exit(commandLine(System.in, System.out).execute(args));
    }
}
