package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import nnrep.numeric.data.SampleStream;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.linalg.Products;
import nnrep.numeric.network.Evaluation;
import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.LabelMoments;
import nnrep.numeric.network.TwoLayerReluNetwork;
import nnrep.theory.ClaimResult;
import nnrep.theory.Verdict;
import nnrep.theory.experiments.Learner;
import nnrep.theory.experiments.NetworkLearner;
import org.junit.jupiter.api.Test;

/**
 * The broken variants of Algorithm 1 that the audit must catch (item 6 of the soundness work), each fed to
 * the claim whose statement it breaks, at the quick profile and the audit's per-claim level, on the pinned
 * seed 1: each misses its band by many interval widths (see the claims' Javadoc for the sizes), so the seed
 * does not matter. A step size four times too large or too small is in {@link GradientPopulationFormulaTest}.
 */
class BrokenVariantsTest {

    @Test
    void biasesLeftAtZeroFailTheSampleComplexity() {
        // relu(w.x) with w in span(U) has no odd Hermite part above degree 1: z1 z2 z3 is out of reach
        NetworkLearner noBiases = Learner.PAPER.with("biases left at 0", options -> options.withBiasScale(0.0));
        ClaimResult result = ClaimRuns.quick(new NetworkSampleComplexity(noBiases), 1, 2);
        assertThat(result.verdict()).as(result.parts().toString()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aPredictorThatDropsAlphaPlusBetaXFailsTheAblation() {
        NetworkLearner noAffine = Learner.PAPER.runBy("alpha + beta.x not added back", (experiment, threads) -> {
            Experiment.Outcome run = experiment.run(threads);
            TwoLayerReluNetwork trained = run.network();
            TwoLayerReluNetwork dropped = new TwoLayerReluNetwork(trained.firstLayer(), trained.biases(),
                    trained.head(), LabelMoments.none(trained.dimension()));
            SampleStream test = SampleStream.test(run.target(), experiment.testN(), 0.0,
                    new RandomStreams(experiment.seed()), Parallelism.of(1));
            return withTest(run, dropped, test);
        });
        ClaimResult result = ClaimRuns.quick(new AblationNoPreprocessing(false, noAffine), 1, 2);
        assertThat(result.verdict()).as(result.parts().toString()).isEqualTo(Verdict.FAIL);
        assertThat(result.parts().get(2).verdict()).isEqualTo(Verdict.FAIL);
    }

    /** The run with {@code network} and its error on {@code test}, as a broken training code would report them. */
    private static Experiment.Outcome withTest(Experiment.Outcome run, TwoLayerReluNetwork network,
            SampleStream test) {
        try (Parallelism parallelism = Parallelism.of(1); Products products = Products.best(parallelism)) {
            Evaluation evaluation = Evaluation.of(network, test, products);
            return new Experiment.Outcome(run.target(), network, evaluation, run.subspaceShare(),
                    run.maxPrincipalAngleDegrees(), run.rowNormMean(), run.seconds());
        }
    }
}
