package org.newskg.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Libraries that log through java.util.logging (Caffeine, under Jena's caches) print a record
 * and its stack trace on stderr. In the command's process a record is one line, naming what the
 * library said and the cause's message; the command itself reports what failed and exits with
 * its code. Caffeine's "exception thrown when submitting maintenance task" repeats a failure the
 * command reports anyway (a full disk under a memory-mapped file), so only its severe records
 * are shown.
 */
final class OneLineLogs {
    /** Held so that the level set here is not lost with a collected logger. */
    private static final Logger CAFFEINE = Logger.getLogger("com.github.benmanes.caffeine");

    private OneLineLogs() {
    }

    static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new OneLine());
        root.addHandler(console);
        CAFFEINE.setLevel(Level.SEVERE);
    }

    /** "newskg: warning from LOGGER: MESSAGE (CAUSE)", without the stack trace. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder("newskg: ").append(r.getLevel().getName().toLowerCase(java.util.Locale.ROOT))
                    .append(" from ").append(r.getLoggerName()).append(": ").append(formatMessage(r));
            if (r.getThrown() != null) {
                line.append(" (").append(r.getThrown()).append(')');
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
