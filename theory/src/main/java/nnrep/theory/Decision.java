package nnrep.theory;

/**
 * The decision protocol of claims.md: how a measurement and a prediction give a {@link Verdict}.
 */
public final class Decision {

    private Decision() {
    }

    /**
     * Statistical statements: PASS when the measured interval lies inside the predicted band
     * (band.lower <= lower and upper <= band.upper), FAIL when it lies entirely outside
     * (upper < band.lower or lower > band.upper), INCONCLUSIVE otherwise. If the interval is at
     * level 1 - delta and covers the true value, a true statement is declared FAIL with
     * probability at most delta. An interval with a NaN bound decides nothing: INCONCLUSIVE.
     */
    public static Verdict decide(Interval measured, Band predicted) {
        if (measured.lower() >= predicted.lower() && measured.upper() <= predicted.upper()) {
            return Verdict.PASS;
        }
        if (measured.upper() < predicted.lower() || measured.lower() > predicted.upper()) {
            return Verdict.FAIL;
        }
        return Verdict.INCONCLUSIVE;
    }

    /**
     * Exact identities: PASS when maxError <= tolerance, FAIL otherwise (NaN errors included);
     * never INCONCLUSIVE.
     */
    public static Verdict exact(double maxError, double tolerance) {
        return maxError <= tolerance ? Verdict.PASS : Verdict.FAIL;
    }
}
