package nnrep.numeric.data;

import java.util.SplittableRandom;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.gauss.RandomStreams.Purpose;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.target.MultiIndexTarget;

/**
 * n labelled samples (x_i, y_i), x_i ~ N(0, I_d), y_i = f*(x_i) + eps_i, produced chunk by chunk and
 * never all in memory (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 1).
 *
 * <p>Samples come in blocks of {@link #BLOCK} rows; block j draws its inputs from the stream
 * {@code (seed, inputs, j)} and its noise from {@code (seed, noise, j)}. A chunk is {@link #BLOCKS_PER_CHUNK}
 * consecutive blocks, filled in parallel. Reading chunk k twice gives the same samples, which is how
 * Algorithm 1 makes several passes over its data in O(chunk) memory.
 *
 * <p>The noise is uniform on [-S, S]: bounded and centred, as the paper assumes.
 */
public final class SampleStream {

    /** Rows per random stream. Fixed: changing it changes every result. */
    public static final int BLOCK = 1024;
    /** Blocks per chunk. */
    public static final int BLOCKS_PER_CHUNK = 4;
    /** Rows per chunk. */
    public static final int CHUNK_ROWS = BLOCK * BLOCKS_PER_CHUNK;

    private final MultiIndexTarget target;
    private final int n;
    private final double noise;
    private final RandomStreams streams;
    private final Purpose inputs;
    private final Purpose noisePurpose;
    private final Parallelism parallelism;
    private long generationNanos;

    private SampleStream(MultiIndexTarget target, int n, double noise, RandomStreams streams, Purpose inputs,
            Purpose noisePurpose, Parallelism parallelism) {
        if (n < 1) {
            throw new IllegalArgumentException("--n must be at least 1, got " + n);
        }
        this.target = target;
        this.n = n;
        this.noise = noise;
        this.streams = streams;
        this.inputs = inputs;
        this.noisePurpose = noisePurpose;
        this.parallelism = parallelism;
    }

    /**
     * {@return the training samples of a run}
     *
     * @param target      f* and its dimension d
     * @param n           the number of samples
     * @param noise       S: the labels' noise is uniform on [-S, S]
     * @param streams     the random streams of the run
     * @param parallelism the threads that fill a chunk
     */
    public static SampleStream training(MultiIndexTarget target, int n, double noise, RandomStreams streams,
            Parallelism parallelism) {
        return new SampleStream(target, n, noise, streams, Purpose.TRAIN_INPUTS, Purpose.TRAIN_NOISE, parallelism);
    }

    /**
     * {@return the training samples of the second task of transfer learning (Damian, Lee &amp; Soltanolkotabi
     * (COLT 2022), section 4): fresh inputs, independent of the {@link #training} and {@link #test}
     * samples of the same seed}
     *
     * @param target      f* and its dimension d
     * @param n           the number of samples
     * @param noise       S: the labels' noise is uniform on [-S, S]
     * @param streams     the random streams of the run
     * @param parallelism the threads that fill a chunk
     */
    public static SampleStream transfer(MultiIndexTarget target, int n, double noise, RandomStreams streams,
            Parallelism parallelism) {
        return new SampleStream(target, n, noise, streams, Purpose.TRANSFER_INPUTS, Purpose.TRANSFER_NOISE,
                parallelism);
    }

    /**
     * {@return held-out samples for choosing a ridge, independent of the training, transfer and test samples of
     * the same seed}
     *
     * @param target      f* and its dimension d
     * @param n           the number of samples
     * @param noise       S: the labels' noise is uniform on [-S, S]
     * @param streams     the random streams of the run
     * @param parallelism the threads that fill a chunk
     */
    public static SampleStream validation(MultiIndexTarget target, int n, double noise, RandomStreams streams,
            Parallelism parallelism) {
        return new SampleStream(target, n, noise, streams, Purpose.VALIDATION_INPUTS, Purpose.VALIDATION_NOISE,
                parallelism);
    }

    /**
     * {@return fresh test samples, independent of the training samples}
     *
     * @param target      f* and its dimension d
     * @param n           the number of samples
     * @param noise       S: the labels' noise is uniform on [-S, S]
     * @param streams     the random streams of the run
     * @param parallelism the threads that fill a chunk
     */
    public static SampleStream test(MultiIndexTarget target, int n, double noise, RandomStreams streams,
            Parallelism parallelism) {
        return new SampleStream(target, n, noise, streams, Purpose.TEST_INPUTS, Purpose.TEST_NOISE, parallelism);
    }

    /** {@return n, the number of samples} */
    public int size() {
        return n;
    }

    /** {@return d, the dimension of the inputs} */
    public int dimension() {
        return target.d();
    }

    /** {@return the target f* the labels come from} */
    public MultiIndexTarget target() {
        return target;
    }

    /** {@return the number of chunks, the last one possibly short} */
    public int chunks() {
        return (n + CHUNK_ROWS - 1) / CHUNK_ROWS;
    }

    /** {@return a buffer able to hold any chunk of this stream} */
    public Chunk newChunk() {
        return new Chunk(Math.min(n, CHUNK_ROWS), target.d());
    }

    /** {@return wall time spent generating samples so far, in seconds} */
    public double generationSeconds() {
        return generationNanos * 1e-9;
    }

    /**
     * Fills {@code into} with chunk k.
     *
     * @param k    the chunk, 0-based
     * @param into a buffer from {@link #newChunk}
     * @return {@code into}
     */
    public Chunk read(int k, Chunk into) {
        long start = System.nanoTime();
        int first = k * CHUNK_ROWS;
        int rows = Math.min(CHUNK_ROWS, n - first);
        into.rows = rows;
        int d = into.d;
        int blocks = (rows + BLOCK - 1) / BLOCK;
        long firstBlock = (long) k * BLOCKS_PER_CHUNK;
        parallelism.forRanges(blocks, 1, (from, to) -> {
            for (int b = from; b < to; b++) {
                int r0 = b * BLOCK;
                int r1 = Math.min(rows, r0 + BLOCK);
                SplittableRandom xs = streams.stream(inputs, firstBlock + b);
                RandomStreams.fillGaussian(xs, into.x, r0 * d, (r1 - r0) * d, 1.0);
                target.evaluate(into.x, r0, r1, into.y);
                if (noise > 0) {
                    SplittableRandom es = streams.stream(noisePurpose, firstBlock + b);
                    for (int i = r0; i < r1; i++) {
                        into.y[i] += noise * (2.0 * es.nextDouble() - 1.0);
                    }
                }
            }
        });
        generationNanos += System.nanoTime() - start;
        return into;
    }
}
