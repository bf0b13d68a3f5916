package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;

import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.target.MultiIndexTarget;
import nnrep.theory.ClaimResult;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.FirstStepRows;
import org.junit.jupiter.api.Test;

/**
 * Positive runs use pinned seeds: with the formula right, each run FAILs with probability at most
 * {@link ClaimRuns#DELTA}, and these seeds are ordinary draws (their largest standardised
 * deviations, 2.75, 2.86 and 3.61, sit in the bulk of the null distribution of a maximum of 288
 * |N(0, 1)|, not near the critical value 4.4).
 */
class GradientPopulationFormulaTest {

    @Test
    void theProjectsFormulaPassesForSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            ClaimResult result = ClaimRuns.quick(new GradientPopulationFormula(), seed);
            assertThat(result.verdict()).as("seed %d", seed).isEqualTo(Verdict.PASS);
            assertThat(result.interval().upper()).isLessThan(result.predicted().upper());
        }
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        ClaimResult one = ClaimRuns.quick(new GradientPopulationFormula(), 5, 1);
        ClaimResult two = ClaimRuns.quick(new GradientPopulationFormula(), 5, 2);
        assertThat(two.interval()).isEqualTo(one.interval());
        assertThat(two.evidence().measurement("Monte Carlo: coordinates"))
                .isEqualTo(one.evidence().measurement("Monte Carlo: coordinates"));
        assertThat(two.parts()).isEqualTo(one.parts());
    }

    @Test
    void aFirstStepOfTheWrongSizeOrWithoutWeightDecayFails() {
        List<BiFunction<Integer, Integer, TrainingOptions>> broken = List.of(
            (d, m) -> FirstStepRows.paper(d, m).withEta1(4 * Math.sqrt(d)),
            (d, m) -> FirstStepRows.paper(d, m).withEta1(Math.sqrt(d) / 4),
            (d, m) -> FirstStepRows.paper(d, m).withWeightDecay(0.0));
        for (BiFunction<Integer, Integer, TrainingOptions> options : broken) {
            ClaimResult result = ClaimRuns.quick(new GradientPopulationFormula((target, gate, bias, w) ->
                    PopulationGradient.of(target, gate, bias).at(w), options), 1);
            assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(result.parts().get(0).verdict()).isEqualTo(Verdict.PASS);
            assertThat(result.parts().get(1).verdict()).isEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void droppingTheWPartFails() {
        GradientPopulationFormula claim = new GradientPopulationFormula((target, gate, bias, w) ->
                pushForward(target, PopulationGradient.of(target, gate, bias).tensorTerm(project(target, w))));
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(ClaimRuns.quick(claim, seed).verdict()).as("seed %d", seed).isEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void aFlippedSignOfTheWPartFails() {
        GradientPopulationFormula claim = new GradientPopulationFormula((target, gate, bias, w) -> {
            PopulationGradient gradient = PopulationGradient.of(target, gate, bias);
            double[] v = project(target, w);
            double[] result = pushForward(target, gradient.tensorTerm(v));
            double s = gradient.directionTerm(v);
            for (int t = 0; t < w.length; t++) {
                result[t] -= s * w[t];
            }
            return result;
        });
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void theWrongGateBiasFails() {
        // relu(w.x - b) instead of relu(w.x + b): only the relu cases differ.
        GradientPopulationFormula claim = new GradientPopulationFormula((target, gate, bias, w) ->
                PopulationGradient.of(target, gate, -bias).at(w));
        assertThat(ClaimRuns.quick(claim, 1).verdict()).isEqualTo(Verdict.FAIL);
    }

    private static double[] project(MultiIndexTarget target, double[] w) {
        double[] v = new double[target.r()];
        target.project(w, 0, v);
        return v;
    }

    /** U^T a. */
    private static double[] pushForward(MultiIndexTarget target, double[] a) {
        int d = target.d();
        double[] u = target.basis();
        double[] result = new double[d];
        for (int i = 0; i < a.length; i++) {
            for (int t = 0; t < d; t++) {
                result[t] += u[i * d + t] * a[i];
            }
        }
        return result;
    }
}
