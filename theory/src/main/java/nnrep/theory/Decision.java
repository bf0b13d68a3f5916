package nnrep.theory;

/**
 * The decision protocol of claims.md: how a measurement and a prediction give a {@link Verdict}.
 */
public final class Decision {

    private Decision() {
    }

    /**
     * Statistical statements: PASS when the measured interval lies inside the predicted band
     * ({@code band.lower <= lower} and {@code upper <= band.upper}), FAIL when it lies entirely
     * outside ({@code upper < band.lower} or {@code lower > band.upper}), INCONCLUSIVE otherwise.
     * If the interval is at level 1 - delta and covers the true value, a true statement is
     * declared FAIL with probability at most delta. An interval with a NaN bound decides nothing:
     * INCONCLUSIVE.
     *
     * @param measured  the measured interval
     * @param predicted the predicted band
     * @return the verdict
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
     * Exact identities: PASS when {@code maxError <= tolerance}, FAIL otherwise (NaN errors
     * included); never INCONCLUSIVE.
     *
     * @param maxError  the largest error measured
     * @param tolerance the largest error allowed
     * @return the verdict
     */
    public static Verdict exact(double maxError, double tolerance) {
        return maxError <= tolerance ? Verdict.PASS : Verdict.FAIL;
    }
}
