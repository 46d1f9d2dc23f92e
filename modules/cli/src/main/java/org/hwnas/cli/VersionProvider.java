package org.hwnas.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (the Maven project version), "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = HwnasCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hwnas " + (v == null ? "dev" : v)};
    }
}
