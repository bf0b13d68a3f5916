package nnrep.theory.protocol;

/** Abscissas for fits and plots. */
public final class Axes {

    private Axes() {
    }

    /** 0, 1, ..., count - 1 as doubles. */
    public static double[] integers(int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i;
        }
        return values;
    }

    /** The values as doubles. */
    public static double[] doubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
