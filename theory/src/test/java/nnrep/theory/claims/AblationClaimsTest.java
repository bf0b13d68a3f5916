package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Profile;
import nnrep.theory.ProgressListener;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.Learner;
import org.junit.jupiter.api.Test;

/**
 * The two ablations at the quick profile: the mechanism is needed. Seed pinned to the audit's
 * default, at the audit's per-claim level delta = 0.05 / 15; the measured intervals sit far inside
 * their bands
 * (collapse about 0.97 against the band's 0.8; lazy error about 0.85 against 0.45), so the case is
 * representative. The negative controls (both arms preprocess; Algorithm 1 as the "lazy" arm)
 * miss their bands by many interval widths.
 */
class AblationClaimsTest {

    private static ClaimResult run(Claim claim) {
        return claim.run(new ClaimContext(Profile.QUICK, 1L, 2, 0.05 / 15, ProgressListener.silent()));
    }

    @Test
    void withoutPreprocessingTheRowsCollapseAndTheControlFails() {
        ClaimResult right = run(new AblationNoPreprocessing());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        assertThat(run(new AblationNoPreprocessing(true, Learner.PAPER)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void theLazyRegimeIsNotAlgorithmOneAndTheControlFails() {
        ClaimResult right = run(new AblationLazyRegime());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        assertThat(run(new AblationLazyRegime(Learner.PAPER)).verdict()).isEqualTo(Verdict.FAIL);
    }
}
