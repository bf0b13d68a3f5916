package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nnrep.numeric.kernel.RidgeChoice;
import nnrep.numeric.poly.TargetExpression;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Profile;
import nnrep.theory.ProgressListener;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.Learner;
import org.junit.jupiter.api.Test;

/**
 * kernel.lower-bound at the quick profile: the kernel baselines stay above the degree-3 energy of
 * quad-cubic and the claim PASSes; on a target with no degree-3 part (its quadratic half alone),
 * which the kernels learn at n = 2 d^2, it FAILs. Seed pinned to the audit's default at its
 * per-claim level; in the default audit with seeds 1 to 4 (each baseline with its best ridge on
 * held-out samples) the lower bound of the smallest kernel error's interval is 0.48 to 0.52 against
 * the band's 0.45 (seed 1: 0.51), so the case is representative.
 */
class KernelLowerBoundTest {

    private static ClaimResult run(Claim claim) {
        return claim.run(new ClaimContext(Profile.QUICK, 1L, 2, 0.05 / 15, ProgressListener.silent()));
    }

    @Test
    void kernelsStayAboveTheDegreeThreeEnergyUnlessTheTargetHasNone() {
        ClaimResult kernels = run(new KernelLowerBound());
        assertThat(kernels.verdict()).as(kernels.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        // every run's ridge is recorded, and it is one of the grid's
        List<?> ridges = (List<?>) kernels.evidence().measurement("ridgesChosen");
        long runs = 0;
        for (Object row : ridges) {
            Map<?, ?> cells = (Map<?, ?>) row;
            assertThat(RidgeChoice.GRID).contains(((Number) cells.get("ridge")).doubleValue());
            runs += ((Number) cells.get("runs")).longValue();
        }
        assertThat(runs).isEqualTo(2L * ((int[]) kernels.parameters().get("dGrid")).length
                * ((Number) kernels.parameters().get("replicates")).longValue());
        ClaimResult quadratic = run(new KernelLowerBound(List.of(Learner.NTK, Learner.RANDOM_FEATURES),
                TargetExpression.normalise(TargetExpression.parse("He2(z1) + He2(z2) + He2(z3)")), "quadratic"));
        assertThat(quadratic.verdict()).as(quadratic.evidence().measurements().toString()).isEqualTo(Verdict.FAIL);
    }
}
