package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntToDoubleFunction;

import nnrep.theory.ClaimResult;
import nnrep.theory.Verdict;
import nnrep.theory.protocol.ExactComparison;
import org.junit.jupiter.api.Test;

class HermiteOrthogonalityTest {

    /** He_{k+1} = z He_k - a(k) He_{k-1}: the true recurrence has a(k) = k. */
    private static HermiteOrthogonality.HermiteFamily recurrence(IntToDoubleFunction a) {
        return (kmax, z) -> {
            double[] he = new double[kmax + 1];
            he[0] = 1.0;
            if (kmax >= 1) {
                he[1] = z;
            }
            for (int k = 1; k < kmax; k++) {
                he[k + 1] = z * he[k] - a.applyAsDouble(k) * he[k - 1];
            }
            return he;
        };
    }

    @Test
    void theProjectsHermitePolynomialsPass() {
        ClaimResult result = ClaimRuns.quick(new HermiteOrthogonality(), 1);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.interval()).isNull();
        assertThat((double) result.evidence().measurement(ExactComparison.MAX_ERROR))
                .isLessThan(HermiteOrthogonality.TOLERANCE);
        assertThat(result.parameters()).containsEntry("maxDegree", 20).containsKey("delta");
    }

    @Test
    void anIndependentlyWrittenCorrectRecurrencePasses() {
        assertThat(ClaimRuns.quick(new HermiteOrthogonality(recurrence(k -> k)), 1).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void anOffByOneRecurrenceCoefficientFails() {
        assertThat(ClaimRuns.quick(new HermiteOrthogonality(recurrence(k -> k + 1)), 1).verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFlippedSignInTheRecurrenceFails() {
        assertThat(ClaimRuns.quick(new HermiteOrthogonality(recurrence(k -> -k)), 1).verdict())
                .isEqualTo(Verdict.FAIL);
    }
}
