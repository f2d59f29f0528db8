package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every help renders at 80 columns with no word broken across lines and whole sentences in the command list. */
class HelpTextTest {
    private static List<CommandLine> everyCommand() {
        CommandLine root = KgCli.commandLine();
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().stream().filter(c -> !c.getCommandName().equals("help")).forEach(all::add);
        return all;
    }

    /** The words the help is made of, as written: a line may break between them, never inside one. */
    private static String source(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        for (String s : spec.usageMessage().header()) {
            b.append(s).append(' ');
        }
        for (String s : spec.usageMessage().description()) {
            b.append(s).append(' ');
        }
        for (ArgSpec arg : spec.args()) {
            for (String s : arg.description()) {
                b.append(s).append(' ');
            }
        }
        spec.usageMessage().exitCodeList().values().forEach(v -> b.append(v).append(' '));
        return b.toString().replaceAll("\\s+", " ");
    }

    @Test
    void noWordIsBrokenAcrossLinesAt80Columns() {
        for (CommandLine command : everyCommand()) {
            command.setUsageHelpWidth(80);
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String source = source(command.getCommandSpec());
            String[] lines = help.split("\n");
            for (int i = 0; i + 1 < lines.length; i++) {
                assertTrue(lines[i].length() <= 80, command.getCommandName() + ": " + lines[i]);
                String[] before = lines[i].strip().split(" ");
                String[] after = lines[i + 1].strip().split(" ");
                if (before.length == 0 || after.length == 0 || before[before.length - 1].isEmpty() || after[0].isEmpty()) {
                    continue;
                }
                String joined = before[before.length - 1] + after[0];
                String spaced = before[before.length - 1] + " " + after[0];
                assertTrue(!source.contains(joined) || source.contains(spaced),
                        command.getCommandName() + ": '" + joined + "' is broken after line " + (i + 1) + ":\n" + help);
            }
        }
    }

    @Test
    void theCommandListShowsOneWholeSentencePerCommand() {
        for (CommandLine command : everyCommand().subList(1, everyCommand().size())) {
            String[] header = command.getCommandSpec().usageMessage().header();
            assertEquals(1, header.length, command.getCommandName());
            assertTrue(header[0].endsWith("."), command.getCommandName() + ": " + header[0]);
        }
    }

    @Test
    void everyHelpShowsTheOneTableOfExitCodes() {
        for (CommandLine command : everyCommand()) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String code : ExitCodes.TABLE.keySet()) {
                assertTrue(help.contains("\n  " + code + "   "), command.getCommandName() + " lacks exit code " + code + ":\n" + help);
            }
        }
    }
}
