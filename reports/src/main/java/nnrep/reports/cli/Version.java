package nnrep.reports.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version when packaged. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"nnrep " + (v == null ? "(development build)" : v)};
    }
}
