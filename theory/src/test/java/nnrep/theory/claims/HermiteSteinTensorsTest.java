package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import nnrep.numeric.poly.MultiIndex;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.SymmetricTensor;
import nnrep.theory.ClaimResult;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.MultiIndices;
import org.junit.jupiter.api.Test;

class HermiteSteinTensorsTest {

    @Test
    void theProjectsDerivativesAndTensorsPassForSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            ClaimResult result = ClaimRuns.quick(new HermiteSteinTensors(), seed);
            assertThat(result.verdict()).as("seed %d", seed).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void tensorsMissingTheAlphaFactorialFail() {
        // C_k entries are alpha! h_alpha; forgetting alpha! is the classic slip.
        HermiteSteinTensors claim = new HermiteSteinTensors(HermiteSteinTensors::symbolicDerivativeMean,
                (f, k) -> SymmetricTensor.of(k, f.variables(), alpha -> f.hermiteCoefficients().coefficient(alpha)));
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anOffByOneDerivativeOrderFails() {
        // Differentiates once too few: E[d^(alpha - e_i) f] for the last nonzero alpha_i.
        HermiteSteinTensors claim = new HermiteSteinTensors((f, alpha) -> {
            for (int i = alpha.variables() - 1; i >= 0; i--) {
                if (alpha.get(i) > 0) {
                    return HermiteSteinTensors.symbolicDerivativeMean(f, alpha.with(i, alpha.get(i) - 1));
                }
            }
            return f.mean();
        }, Polynomial::steinTensor);
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFlippedSignOnOddOrdersFails() {
        HermiteSteinTensors claim = new HermiteSteinTensors(
                (f, alpha) -> (alpha.order() % 2 == 1 ? -1 : 1) * HermiteSteinTensors.symbolicDerivativeMean(f, alpha),
                Polynomial::steinTensor);
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void enumeratesEveryMultiIndexUpToTheOrder() {
        // The number of alpha in r variables with |alpha| <= m is binomial(m + r, r).
        assertThat(MultiIndices.upToOrder(3, 4)).hasSize(35).doesNotHaveDuplicates();
        assertThat(MultiIndices.upToOrder(1, 4)).hasSize(5);
        assertThat(MultiIndices.tensorIndices(MultiIndex.of(2, 0, 1))).containsExactly(0, 0, 2);
    }
}
