package org.newskg.store;

/**
 * The graphs a dataset derives from its article graphs ({@link IdentityLinks}, {@link Discrepancies}),
 * rebuilt whole after every change to the article graphs.
 */
public final class DerivedGraphs {
    private DerivedGraphs() {
    }

    /** Rebuilds every derived graph from the article graphs. */
    public static void refresh(KgStore store) {
        IdentityLinks.refresh(store);
        Discrepancies.refresh(store);
    }
}
