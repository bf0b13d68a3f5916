package nnrep.theory.claims;

import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimRegistry;
import nnrep.theory.ClaimResult;
import nnrep.theory.Profile;
import nnrep.theory.ProgressListener;

/** Runs claims the way an audit does, at the quick profile. */
final class ClaimRuns {

    /** The audit's per-claim level: a family-wise 0.05 split over the claims of the catalogue. */
    static final double DELTA = 0.05 / ClaimRegistry.catalogue().all().size();

    private ClaimRuns() {
    }

    static ClaimResult quick(Claim claim, long seed) {
        return quick(claim, seed, 1);
    }

    static ClaimResult quick(Claim claim, long seed, int threads) {
        return claim.run(new ClaimContext(Profile.QUICK, seed, threads, DELTA, ProgressListener.silent()));
    }
}
