package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import nnrep.numeric.poly.TargetExpression;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.ClaimResult;
import nnrep.theory.Profile;
import nnrep.theory.ProgressListener;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.FirstStepRows;
import nnrep.theory.experiments.FirstStepSample;
import org.junit.jupiter.api.Test;

/**
 * The statistical claims of the gradient and the representation, at the quick profile: the
 * paper's algorithm PASSes and each negative control FAILs.
 *
 * <p>The seed is pinned (seed 1, the audit's default); each run's intervals are at the audit's
 * per-claim level (delta = 0.05 / 15), and the measured exponents sit well inside their bands
 * (their distance to the nearest edge is more than twice the interval's half-width), so the pinned
 * case is a representative one rather than a lucky draw. The negative controls miss their bands by
 * many interval widths.
 */
class ScalingClaimsTest {

    private static final double DELTA = 0.05 / 15;

    private static ClaimResult run(Claim claim) {
        return claim.run(new ClaimContext(Profile.QUICK, 1L, 2, DELTA, ProgressListener.silent()));
    }

    @Test
    void gradientConcentrationPassesAndFailsOnAWrongPredictionOrAStreamingBug() {
        ClaimResult right = run(new GradientConcentration());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        assertThat(run(new GradientConcentration(
                (link, d, n, k, seed, threads) -> FirstStepSample.draw(link, d, n, k, false, seed, threads), -1.0, 1.0))
                .verdict()).isEqualTo(Verdict.FAIL);
        // a streaming bug: only the first chunk of samples is ever read, so the error stops shrinking
        assertThat(run(new GradientConcentration(
                (link, d, n, k, seed, threads) -> FirstStepSample.draw(link, d, Math.min(n, 4096), k, false, seed,
                        threads), -0.5, 0.5)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void signalSizePassesAndFailsWhenHVanishes() {
        ClaimResult right = run(new GradientSignalSize());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        // H = E[grad^2 f*] = 0: the assumption rank(H) = r is broken and the signal is O(d^(-3/2))
        ClaimResult broken = run(new GradientSignalSize(
                TargetExpression.normalise(TargetExpression.parse("He4(z1) + z1*z2*z3")), "He4(z1) + z1 z2 z3"));
        assertThat(broken.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void preprocessingPassesAndFailsWhenStepOneIsSkipped() {
        ClaimResult right = run(new GradientPreprocessing());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        assertThat(run(new GradientPreprocessing(false)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void subspaceRecoveryPassesAndFailsWithoutWeightDecay() {
        ClaimResult right = run(new SubspaceRecovery());
        assertThat(right.verdict()).as(right.evidence().measurements().toString()).isEqualTo(Verdict.PASS);
        assertThat(run(new SubspaceRecovery(false)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void withoutHigherDegreesTheLowDegreePartsAreRemovedExactly() {
        var f = TargetExpression.parse("3 + 2*z1 - z2 + z1*z2 + He3(z1)");
        var rest = FirstStepRows.withoutDegreesBelowTwo(f);
        assertThat(rest.mean()).isEqualTo(0.0);
        assertThat(rest.steinTensor(1).get(0)).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-14));
        assertThat(rest.steinTensor(1).get(1)).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-14));
        assertThat(rest.minus(TargetExpression.parse("z1*z2 + He3(z1)")).maxAbsCoefficient()).isLessThan(1e-14);
    }
}
