package org.newskg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Keeps one query from taking the heap: it knows the queries running, and when the heap still
 * holds more than the limit after the garbage collector ran, it stops them (ARQ's abort, the
 * mechanism of the timeout) and their answer says why. Checked every {@value #PERIOD_MILLIS} ms.
 */
final class QueryWatchdog implements AutoCloseable {
    static final long PERIOD_MILLIS = 50;
    static final String MEMORY_REASON = "the query was stopped: it needed more memory than this server gives queries "
            + "(ask for less, or aggregate over fewer solutions)";
    private static final String ATTRIBUTE = QueryWatchdog.class.getName() + ".reason";

    private final Map<HttpServletRequest, QueryExec> running = new ConcurrentHashMap<>();
    private final long limitBytes;
    private final LongSupplier heapAfterCollection;
    private final ScheduledExecutorService timer;

    QueryWatchdog(long limitBytes) {
        this(limitBytes, QueryWatchdog::heapUsedAfterCollection);
    }

    QueryWatchdog(long limitBytes, LongSupplier heapAfterCollection) {
        this.limitBytes = limitBytes;
        this.heapAfterCollection = heapAfterCollection;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newskg-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A query starts answering a request. */
    void started(HttpServletRequest request, QueryExec exec) {
        running.put(request, exec);
    }

    /** The request was answered. */
    void finished(HttpServletRequest request) {
        running.remove(request);
    }

    /** Why the watchdog stopped the request's query, if it did. */
    Optional<String> reason(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    private void check() {
        if (running.isEmpty() || heapAfterCollection.getAsLong() <= limitBytes) {
            return;
        }
        running.forEach((request, exec) -> {
            request.setAttribute(ATTRIBUTE, MEMORY_REASON);
            exec.abort();
        });
        running.clear();
    }

    /**
     * The old generation in use: what survived collections, where a growing aggregate or a large
     * string ends up (the whole heap when the collector has no such pool).
     */
    static long heapUsedAfterCollection() {
        long used = 0;
        boolean found = false;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                used += pool.getUsage().getUsed();
                found = true;
            }
        }
        return found ? used : Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /** The default limit: three quarters of the largest heap the JVM may have. */
    static long defaultLimit() {
        return Runtime.getRuntime().maxMemory() / 4 * 3;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
