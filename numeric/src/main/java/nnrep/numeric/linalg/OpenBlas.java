package nnrep.numeric.linalg;

import java.util.Optional;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Loads OpenBLAS once per JVM, through the JavaCPP binding {@code org.bytedeco:openblas}, whose
 * platform jar ships the native library (no system BLAS needed), and makes it single-threaded.
 *
 * <p>Single-threaded on purpose: OpenBLAS's own threads split a product in a way that depends on
 * the thread count, and with it the rounding of the result. {@link OpenBlasProducts} parallelises
 * across fixed output blocks itself, so results do not depend on {@code --threads}.
 *
 * <p>The BLAS-only variant ({@code openblas_nolapack}) is loaded: LAPACK is not needed, and its
 * JNI library is 70 times smaller than the full one.
 */
final class OpenBlas {

    private static final Optional<String> FAILURE = load();

    private OpenBlas() {
    }

    /** Empty when OpenBLAS is ready; otherwise why it could not be loaded (said once on standard error). */
    static Optional<String> failure() {
        return FAILURE;
    }

    private static Optional<String> load() {
        try {
            Loader.load(openblas_nolapack.class);
            openblas_nolapack.blas_set_num_threads(1);
            return Optional.empty();
        } catch (LinkageError | RuntimeException e) {
            String why = "OpenBLAS could not be loaded (" + e + "); using the pure-Java products, which are slower";
            System.err.println("nnrep: " + why);
            return Optional.of(why);
        }
    }
}
