package io.bellamy.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code bellamy --version}: the jar's implementation version. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bellamy " + (version == null ? "development build" : version)};
    }
}
