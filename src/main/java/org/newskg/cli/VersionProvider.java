package org.newskg.cli;

import org.newskg.app.Version;
import picocli.CommandLine.IVersionProvider;

/** Prints the version the jar was built as. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"newskg " + Version.current()};
    }
}
