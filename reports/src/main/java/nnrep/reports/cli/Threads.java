package nnrep.reports.cli;

/** The --threads option: results never depend on it, only the wall time does. */
final class Threads {

    private Threads() {
    }

    static int resolve(Integer requested) {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + requested);
        }
        return requested;
    }
}
