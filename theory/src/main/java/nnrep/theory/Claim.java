package nnrep.theory;

import java.util.Map;

/**
 * One quantitative statement of Damian, Lee &amp; Soltanolkotabi (COLT 2022), made checkable
 * (claims.md): a stable id, the statement, where it comes from, the parameters it is instantiated
 * with at each profile, and a run that measures and decides. A run neither prints nor writes
 * files; everything it found goes into the returned {@link ClaimResult}.
 */
public interface Claim {

    /** {@return the stable id of claims.md, e.g. "hermite.orthogonality"} */
    String id();

    /** {@return the statement in one line} */
    String statement();

    /** {@return where it comes from: a section of the paper, or "consequence of" another claim} */
    String source();

    /**
     * {@return the parameters a run at this profile uses (JSON-friendly values), as reported}
     *
     * @param profile the profile
     */
    Map<String, Object> parameters(Profile profile);

    /**
     * Measures and decides.
     *
     * @param context the profile, seed, threads, error level and progress listener of the run
     * @return the verdict with its evidence
     */
    ClaimResult run(ClaimContext context);
}
