package nnrep.numeric.gauss;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams derived from one master seed.
 *
 * <p>Every random quantity of a run is drawn from a stream identified by
 * {@code (master seed, purpose, index)}: the training inputs of block 17 come from
 * {@code (seed, TRAIN_INPUTS, 17)}, the first-layer initialisation from {@code (seed, INIT_WEIGHTS, 0)},
 * and so on. The three numbers are mixed by the SplitMix64 finaliser into the seed of a
 * {@link SplittableRandom}, so streams do not overlap in practice, and a stream's content does not
 * depend on which thread draws it or in which order the streams are opened. This is what makes
 * results bit-identical for every thread count.
 */
public final class RandomStreams {

    /** What a stream is used for; the code of each purpose is fixed forever (changing it changes results). */
    public enum Purpose {
        /** The random basis U of the target's subspace. */
        BASIS(0x6261736973L),
        /** Inputs of the training samples. */
        TRAIN_INPUTS(0x747261696e78L),
        /** Label noise of the training samples. */
        TRAIN_NOISE(0x747261696e65L),
        /** Inputs of the test samples. */
        TEST_INPUTS(0x7465737478L),
        /** Label noise of the test samples. */
        TEST_NOISE(0x7465737465L),
        /** The first-layer weights at initialisation. */
        INIT_WEIGHTS(0x696e697477L),
        /** The signs of the second-layer weights at initialisation. */
        INIT_SIGNS(0x696e697461L),
        /** The biases drawn after the first step. */
        BIASES(0x62696173L),
        /** The master seeds of the replicates of a claim. */
        REPLICATE(0x7265706cL),
        /** Inputs of the second task of transfer learning (section 4), independent of the first task's. */
        TRANSFER_INPUTS(0x7472616e7378L),
        /** Label noise of the second task of transfer learning. */
        TRANSFER_NOISE(0x7472616e7365L),
        /** Inputs of the held-out samples on which a baseline's ridge is chosen. */
        VALIDATION_INPUTS(0x76616c6978L),
        /** Label noise of the held-out samples. */
        VALIDATION_NOISE(0x76616c6965L);

        private final long code;

        Purpose(long code) {
            this.code = code;
        }
    }

    private final long seed;

    /** @param seed the master seed of the run */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** {@return the master seed of the run} */
    public long seed() {
        return seed;
    }

    /**
     * {@return the stream {@code (seed, purpose, index)}, positioned at its start}
     *
     * @param purpose what the stream is for
     * @param index   which of the streams of that purpose, such as a block of samples
     */
    public SplittableRandom stream(Purpose purpose, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ purpose.code);
        h = mix(h ^ (index * 0xD1B54A32D192ED03L + 0x2545F4914F6CDD1DL));
        return new SplittableRandom(h);
    }

    /**
     * {@return the master seed of replicate {@code k}, for claims that repeat a run on independent data}
     *
     * @param k the replicate, 0-based
     */
    public long replicateSeed(long k) {
        return stream(Purpose.REPLICATE, k).nextLong();
    }

    /**
     * Fills {@code out[from, from + count)} with independent N(0, sigma^2) draws from {@code random}.
     *
     * @param random the stream to draw from
     * @param out    the array to fill
     * @param from   the first index filled
     * @param count  how many entries are filled
     * @param sigma  the standard deviation
     */
    public static void fillGaussian(SplittableRandom random, double[] out, int from, int count, double sigma) {
        for (int i = from; i < from + count; i++) {
            out[i] = sigma * random.nextGaussian();
        }
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014): a bijective 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
