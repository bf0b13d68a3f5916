package nnrep.numeric.kernel;

import java.util.Locale;

/** The fixed-feature baselines of the kernel lower bound (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 4). */
public enum KernelMethod {

    /** Kernel ridge with the neural tangent kernel at initialisation. */
    NTK(NetworkKernel.NTK),
    /** Kernel ridge with the NNGP kernel (second layer only). */
    NNGP(NetworkKernel.NNGP),
    /** The random-features model of width m ({@link RandomFeatures}). */
    RF(null);

    private final NetworkKernel kernel;

    KernelMethod(NetworkKernel kernel) {
        this.kernel = kernel;
    }

    /** {@return the exact kernel of the method; empty for random features, which use m sampled features instead} */
    public java.util.Optional<NetworkKernel> kernel() {
        return java.util.Optional.ofNullable(kernel);
    }

    /**
     * Parses "ntk", "nngp" or "rf".
     *
     * @param text the name
     * @return the method of that name
     */
    public static KernelMethod parse(String text) {
        for (KernelMethod k : values()) {
            if (k.toString().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("--kernel must be ntk, nngp or rf, got: " + text);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
