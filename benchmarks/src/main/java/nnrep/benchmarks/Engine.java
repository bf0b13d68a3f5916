package nnrep.benchmarks;

import nnrep.numeric.linalg.JavaProducts;
import nnrep.numeric.linalg.OpenBlasProducts;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;

/** The products a benchmark runs on, by the name of its {@code products} parameter. */
final class Engine {

    private Engine() {
    }

    /** "java" for {@link JavaProducts}, "openblas" for {@link OpenBlasProducts} (which must load). */
    static Products named(String name, Parallelism parallelism) {
        switch (name) {
            case "java":
                return new JavaProducts(parallelism);
            case "openblas":
                return OpenBlasProducts.load(parallelism)
                        .orElseThrow(() -> new IllegalStateException("OpenBLAS did not load on this machine"));
            default:
                throw new IllegalArgumentException("products must be java or openblas, got " + name);
        }
    }
}
