package nnrep.numeric.network;

import java.util.SplittableRandom;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.gauss.RandomStreams.Purpose;

/**
 * Step 2 of Algorithm 1 (Damian, Lee &amp; Soltanolkotabi (COLT 2022), section 2): for j &lt;= m/2,
 * w_j ~ N(0, I_d / d) and a_j uniform in {+1, -1}; then w_{j+m/2} = w_j, a_{j+m/2} = -a_j, and all
 * biases 0, so that the network is identically zero at initialisation.
 *
 * @param halfWeights the m/2 distinct rows w_1..w_{m/2}, row-major
 * @param halfSigns   a_1..a_{m/2}
 */
public record SymmetricInitialisation(double[] halfWeights, double[] halfSigns) {

    /**
     * {@return step 2 for a network of width m, from the run's streams}
     *
     * @param width   m, even
     * @param d       the input dimension
     * @param streams the run's random streams
     */
    public static SymmetricInitialisation draw(int width, int d, RandomStreams streams) {
        int half = width / 2;
        double[] w = new double[half * d];
        RandomStreams.fillGaussian(streams.stream(Purpose.INIT_WEIGHTS, 0), w, 0, half * d, 1.0 / Math.sqrt(d));
        SplittableRandom signs = streams.stream(Purpose.INIT_SIGNS, 0);
        double[] a = new double[half];
        for (int j = 0; j < half; j++) {
            a[j] = signs.nextBoolean() ? 1.0 : -1.0;
        }
        return new SymmetricInitialisation(w, a);
    }

    /** {@return m, the number of hidden units} */
    public int width() {
        return 2 * halfSigns.length;
    }

    /** {@return all m rows of W0: the m/2 drawn rows, then the same rows again} */
    public double[] weights() {
        double[] w = new double[2 * halfWeights.length];
        System.arraycopy(halfWeights, 0, w, 0, halfWeights.length);
        System.arraycopy(halfWeights, 0, w, halfWeights.length, halfWeights.length);
        return w;
    }

    /** {@return all m second-layer weights a_j: the drawn signs, then their negatives} */
    public double[] signs() {
        int half = halfSigns.length;
        double[] a = new double[2 * half];
        for (int j = 0; j < half; j++) {
            a[j] = halfSigns[j];
            a[j + half] = -halfSigns[j];
        }
        return a;
    }
}
