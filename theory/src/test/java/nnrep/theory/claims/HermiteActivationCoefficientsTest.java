package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import nnrep.numeric.hermite.ActivationCoefficients;
import nnrep.theory.ClaimResult;
import nnrep.theory.Verdict;
import org.junit.jupiter.api.Test;

class HermiteActivationCoefficientsTest {

    @Test
    void theProjectsClosedFormsPassForSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            ClaimResult result = ClaimRuns.quick(new HermiteActivationCoefficients(), seed);
            assertThat(result.verdict()).as("seed %d", seed).isEqualTo(Verdict.PASS);
            assertThat((double[]) result.evidence().measurement("biases")).hasSize(5).startsWith(0.0);
            // closed form and quadrature, for both activations and each of the five biases
            assertThat(result.evidence().series()).hasSize(20);
        }
    }

    @Test
    void aFlippedSignFails() {
        HermiteActivationCoefficients claim = new HermiteActivationCoefficients((act, b, kmax) -> {
            double[] c = ActivationCoefficients.of(act, b, kmax);
            for (int k = 2; k <= kmax; k++) {
                c[k] = -c[k];
            }
            return c;
        });
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anOffByOneDegreeFails() {
        HermiteActivationCoefficients claim = new HermiteActivationCoefficients((act, b, kmax) ->
                Arrays.copyOfRange(ActivationCoefficients.of(act, b, kmax + 1), 1, kmax + 2));
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aRoundedCoefficientFailsTheRelativeTolerance() {
        // A closed form good to 1e-7 only: far better than any plot could show, still not the identity.
        HermiteActivationCoefficients claim = new HermiteActivationCoefficients((act, b, kmax) -> {
            double[] c = ActivationCoefficients.of(act, b, kmax);
            c[0] *= 1.0 + 1e-7;
            return c;
        });
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }
}
