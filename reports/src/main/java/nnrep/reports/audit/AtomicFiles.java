package nnrep.reports.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file in the same
 * folder, which is then renamed over the target. The temporary file is removed if writing fails,
 * and also when the JVM is stopped during the write (Ctrl-C, SIGTERM: a shutdown hook removes the
 * temporary files in flight), so that no half-written file or *.part file is left behind; only a
 * SIGKILL can leave a *.part file.
 */
public final class AtomicFiles {

    /** Temporary files being written, removed by the shutdown hook if the JVM stops meanwhile. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeInFlight, "nnrep-atomic-files-cleanup"));
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} in UTF-8 to {@code target}, creating its folder if needed.
     *
     * @param target  the file
     * @param content its content
     * @throws IOException if the folder or the file cannot be written
     */
    public static void write(Path target, String content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        IN_FLIGHT.add(temporary);
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            readableByAll(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
            IN_FLIGHT.remove(temporary);
        }
    }

    private static void removeInFlight() {
        for (Path temporary : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the JVM is stopping: nothing more can be done about this file
            }
        }
    }

    /** Temporary files are private (rw-------); a report is meant to be shared: rw-r--r--. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
