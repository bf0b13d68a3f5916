package nnrep.numeric.linalg;

import java.util.Optional;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * Loads the LAPACK half of the OpenBLAS binding, once per JVM and only when first needed: the kernel
 * baselines factor with it, Algorithm 1 never does. Its JNI library (24 MB) adds 0.2 to 0.3 s to the
 * start of a run, which {@code nnrep train} should not pay.
 *
 * <p>It binds the same OpenBLAS library as {@link OpenBlas}, which is loaded first and made
 * single-threaded; the setting is the library's, so LAPACK runs single-threaded as well.
 */
final class Lapack {

    private Lapack() {
    }

    /** Empty when LAPACK is ready; otherwise why it could not be loaded (said once on standard error). */
    static Optional<String> failure() {
        return Loading.FAILURE;
    }

    /** Holder: the class is initialised, and the library loaded, on the first call of {@link #failure}. */
    private static final class Loading {

        static final Optional<String> FAILURE = load();

        private static Optional<String> load() {
            Optional<String> blas = OpenBlas.failure();
            if (blas.isPresent()) {
                return blas;
            }
            try {
                Loader.load(openblas.class);
                return Optional.empty();
            } catch (LinkageError | RuntimeException e) {
                String why = "LAPACK could not be loaded (" + e + "); using the pure-Java Cholesky, which is slower";
                System.err.println("nnrep: " + why);
                return Optional.of(why);
            }
        }
    }
}
