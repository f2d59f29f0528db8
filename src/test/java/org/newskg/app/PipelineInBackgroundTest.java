package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ExtractionPipeline;

class PipelineInBackgroundTest {
    @Test
    void theCallerGoesOnWhileThePipelineLoadsAndGetsTheOneLoadedPipeline() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        ExtractionPipeline built = ExtractionPipeline.standard();
        PipelineInBackground p = PipelineInBackground.start(() -> {
            if (!callerWentOn.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the caller was held up while the pipeline loaded");
            }
            loads.incrementAndGet();
            return built;
        });
        // The loader waits for the caller: were it run by start() itself, it would time out and get() say so.
        callerWentOn.countDown();
        assertSame(built, p.get());
        assertSame(built, p.get());
        assertEquals(1, loads.get());
    }

    @Test
    void aPipelineThatCannotLoadSaysWhyToWhoeverAsksForIt() {
        PipelineInBackground p = PipelineInBackground.start(() -> {
            throw new IllegalStateException("resource not found: places.tsv");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, p::get);
        assertEquals("resource not found: places.tsv", e.getMessage());
        Exception checked = assertThrows(IllegalStateException.class,
                PipelineInBackground.start(() -> {
                    throw new java.io.IOException("disk gone");
                })::get);
        assertFalse(checked.getMessage().isEmpty());
        assertEquals("disk gone", checked.getCause().getMessage());
    }
}
