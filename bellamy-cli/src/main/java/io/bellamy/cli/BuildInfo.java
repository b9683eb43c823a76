package io.bellamy.cli;

/** The version of this build, as recorded in models' provenance. */
final class BuildInfo {
    private BuildInfo() {
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-dev" : version;
    }
}
