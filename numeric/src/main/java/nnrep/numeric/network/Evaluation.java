package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;
import nnrep.numeric.data.SampleStream;
import nnrep.numeric.linalg.Products;

/**
 * Test error of a trained network on fresh samples.
 *
 * @param mse    (1/N) sum_i (f(x_i) - y_i)^2
 * @param relMse mse / ((1/N) sum_i y_i^2), the fraction of the label energy left unexplained
 */
public record Evaluation(double mse, double relMse) {

    public static Evaluation of(TwoLayerReluNetwork network, SampleStream test, Products products) {
        Chunk chunk = test.newChunk();
        int capacity = chunk.y().length;
        double[] phi = new double[capacity * network.width()];
        double[] prediction = new double[capacity];
        double squaredError = 0.0;
        double energy = 0.0;
        for (int c = 0; c < test.chunks(); c++) {
            test.read(c, chunk);
            network.predict(chunk, products, phi, prediction);
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
