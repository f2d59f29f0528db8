package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class OneLineLogsTest {
    @Test
    void aRecordWithAnExceptionIsOneLineWithoutItsStack() {
        LogRecord r = new LogRecord(Level.WARNING, "could not tidy the cache");
        r.setLoggerName("some.library");
        r.setThrown(new InternalError("a fault occurred"));
        String line = new OneLineLogs.OneLine().format(r);
        assertEquals("newskg: warning from some.library: could not tidy the cache (java.lang.InternalError: a fault occurred)"
                + System.lineSeparator(), line);
    }

    @Test
    void caffeineMaintenanceWarningsAreNotShownButOtherWarningsAre() {
        OneLineLogs.install();
        assertFalse(Logger.getLogger("com.github.benmanes.caffeine.cache.BoundedLocalCache").isLoggable(Level.WARNING));
        assertTrue(Logger.getLogger("com.github.benmanes.caffeine.cache.BoundedLocalCache").isLoggable(Level.SEVERE));
        assertTrue(Logger.getLogger("some.library").isLoggable(Level.WARNING));
    }
}
