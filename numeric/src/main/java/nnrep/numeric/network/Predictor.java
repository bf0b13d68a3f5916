package nnrep.numeric.network;

import nnrep.numeric.data.Chunk;

/** A trained model: predictions for the rows of a chunk of inputs (what {@link Evaluation} measures). */
@FunctionalInterface
public interface Predictor {

    /**
     * Writes the predictions for the chunk's {@link Chunk#rows()} inputs into {@code out[0 .. rows)}.
     *
     * @param chunk the inputs
     * @param out   the predictions, one per row
     */
    void predict(Chunk chunk, double[] out);
}
