package nnrep.theory.claims;

/** Abscissas for the evidence's plots. */
final class Axes {

    private Axes() {
    }

    /** 0, 1, ..., count - 1 as doubles. */
    static double[] integers(int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i;
        }
        return values;
    }
}
