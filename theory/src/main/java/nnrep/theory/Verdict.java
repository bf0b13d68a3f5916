package nnrep.theory;

/**
 * The outcome of checking one claim (see the decision protocol of claims.md): the measurement
 * supports the statement, contradicts it, or is too imprecise to tell.
 */
public enum Verdict {
    /** The measured interval lies inside the predicted band (or an exact identity holds to its tolerance). */
    PASS,
    /** The measured interval lies entirely outside the predicted band (or an exact identity is violated). */
    FAIL,
    /** The measured interval straddles an edge of the band: the run is too small to decide. */
    INCONCLUSIVE
}
