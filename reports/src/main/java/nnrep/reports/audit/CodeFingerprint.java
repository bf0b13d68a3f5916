package nnrep.reports.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.theory.Claim;

/**
 * A fingerprint of the code that measures and decides: SHA-256 over the names and bytes of every
 * class file of the packages {@code nnrep.numeric} and {@code nnrep.theory}, in name order, from
 * wherever they are loaded (the nnrep jar, or the modules' class folders in a build). Two runs with
 * the same fingerprint run the same measurements; a stored unit is reused only under the same
 * fingerprint, so that a rebuilt nnrep never mixes its results with an older build's.
 */
public final class CodeFingerprint {

    private static final List<String> PACKAGES = List.of("nnrep/numeric/", "nnrep/theory/");

    private static volatile String value;

    private CodeFingerprint() {
    }

    /** The fingerprint of the running code, as 16 hexadecimal digits (computed once). */
    public static String current() {
        String fingerprint = value;
        if (fingerprint == null) {
            fingerprint = compute(List.of(location(RandomStreams.class), location(Claim.class)));
            value = fingerprint;
        }
        return fingerprint;
    }

    /** The fingerprint of the class files found under the given jars or class folders. */
    static String compute(List<Path> locations) {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        try {
            for (Path location : locations.stream().distinct().toList()) {
                if (Files.isDirectory(location)) {
                    readFolder(location, classes);
                } else {
                    readJar(location, classes);
                }
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read nnrep's own class files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void readFolder(Path root, TreeMap<String, byte[]> classes) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            if (PACKAGES.stream().anyMatch(name::startsWith)) {
                classes.put(name, Files.readAllBytes(file));
            }
        }
    }

    private static void readJar(Path jar, TreeMap<String, byte[]> classes) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && PACKAGES.stream().anyMatch(name::startsWith)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classes.put(name, in.readAllBytes());
                    }
                }
            }
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type, e);
        }
    }
}
