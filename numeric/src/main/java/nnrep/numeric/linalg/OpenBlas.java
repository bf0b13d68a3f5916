package nnrep.numeric.linalg;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * <p>The BLAS-only variant ({@code openblas_nolapack}) is loaded: Algorithm 1 needs no LAPACK, and
 * its JNI library is 70 times smaller than the full one, which {@link Lapack} loads only for the
 * kernel baselines. Loading takes 0.2 to 0.5 s (a 37 MB library
 * with a kernel for every x86 generation), which {@link #startLoading} can hide behind other work.
 */
final class OpenBlas {

    private static final FutureTask<Optional<String>> LOAD = new FutureTask<>(OpenBlas::load);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private OpenBlas() {
    }

    /** Starts loading on a background thread, unless loading has started already. */
    static void startLoading() {
        if (STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(LOAD, "nnrep-openblas-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * Empty when OpenBLAS is ready; otherwise why it could not be loaded (said once on standard
     * error). Loads on this thread if nothing has started loading, else waits for the loader.
     */
    static Optional<String> failure() {
        if (STARTED.compareAndSet(false, true)) {
            LOAD.run();
        }
        try {
            return LOAD.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading OpenBLAS", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading OpenBLAS failed", e.getCause());
        }
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
