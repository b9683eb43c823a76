package io.bellamy.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code bellamy --version}: the jar's implementation version. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"bellamy " + BuildInfo.version()};
    }
}
