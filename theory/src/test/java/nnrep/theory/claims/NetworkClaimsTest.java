package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Profile;
import nnrep.theory.ProgressListener;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.Learner;
import nnrep.theory.protocol.LogInterpolation;
import org.junit.jupiter.api.Test;

/**
 * The claims about the trained network at the quick profile: Algorithm 1 PASSes, the lazy
 * (kernel) regime FAILs. Seed pinned to the audit's default; see {@link ScalingClaimsTest} for why
 * the pinned case is representative.
 */
class NetworkClaimsTest {

    private static ClaimResult run(Claim claim) {
        return claim.run(new ClaimContext(Profile.QUICK, 1L, 2, 0.05 / 15, ProgressListener.silent()));
    }

    @Test
    void sampleComplexityPassesForAlgorithmOneAndFailsInTheLazyRegime() {
        ClaimResult right = run(new NetworkSampleComplexity());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        assertThat(run(new NetworkSampleComplexity(Learner.LAZY)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void widthPassesForAlgorithmOneAndFailsInTheLazyRegime() {
        ClaimResult right = run(new NetworkWidth());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        ClaimResult lazy = run(new NetworkWidth(Learner.LAZY));
        assertThat(lazy.verdict()).as(lazy.evidence().measurements().toString()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void crossingsAreInterpolatedInLogX() {
        double[] x = {1, 2, 4, 8};
        assertThat(LogInterpolation.crossing(x, new double[] {0.1, 0.3, 0.5, 0.7}, 0.4, true))
                .isCloseTo(Math.sqrt(8), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(LogInterpolation.crossing(x, new double[] {0.9, 0.8, 0.7, 0.6}, 0.5, false)).isNaN();
        assertThat(LogInterpolation.crossing(x, new double[] {0.4, 0.3, 0.2, 0.1}, 0.5, false))
                .isEqualTo(LogInterpolation.BEFORE_GRID);
    }
}
