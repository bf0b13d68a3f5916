package nnrep.theory.claims;

import nnrep.theory.Verdict;

/** A claim made of several sub-statements is FAIL if one FAILs, PASS if all PASS, else INCONCLUSIVE. */
final class Verdicts {

    private Verdicts() {
    }

    static Verdict all(Verdict... parts) {
        boolean allPass = true;
        for (Verdict v : parts) {
            if (v == Verdict.FAIL) {
                return Verdict.FAIL;
            }
            allPass &= v == Verdict.PASS;
        }
        return allPass ? Verdict.PASS : Verdict.INCONCLUSIVE;
    }
}
