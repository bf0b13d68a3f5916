package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;

/**
 * Test error of a trained model on fresh samples.
 *
 * @param mse    (1/N) sum_i (f(x_i) - y_i)^2
 * @param relMse mse / ((1/N) sum_i y_i^2), the fraction of the label energy left unexplained
 */
public record Evaluation(double mse, double relMse) {

    /**
     * {@return the test error of a network, its hidden features computed with {@code products}}
     *
     * @param network  the network
     * @param test     the test samples
     * @param products the matrix products to use
     */
    public static Evaluation of(TwoLayerReluNetwork network, SampleStream test, Products products) {
        return of(network.predictor(products, Math.min(test.size(), SampleStream.CHUNK_ROWS)), test);
    }

    /**
     * {@return the test error of any predictor, streamed chunk by chunk over {@code test}}
     *
     * @param predictor the predictor
     * @param test      the test samples
     */
    public static Evaluation of(Predictor predictor, SampleStream test) {
        Chunk chunk = test.newChunk();
        double[] prediction = new double[chunk.y().length];
        double squaredError = 0.0;
        double energy = 0.0;
        for (int c = 0; c < test.chunks(); c++) {
            test.read(c, chunk);
            predictor.predict(chunk, prediction);
            double[] y = chunk.y();
            for (int i = 0; i < chunk.rows(); i++) {
                double e = prediction[i] - y[i];
                squaredError += e * e;
                energy += y[i] * y[i];
            }
        }
        double n = test.size();
        return new Evaluation(squaredError / n, squaredError / energy);
    }
}
