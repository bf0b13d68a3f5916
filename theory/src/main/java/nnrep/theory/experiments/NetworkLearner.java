package nnrep.theory.experiments;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import nnrep.numeric.network.Experiment;
import nnrep.numeric.network.TrainingOptions;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.target.Basis;

/**
 * A two-layer ReLU network trained by Algorithm 1's code ({@link Experiment}) with options that depend on
 * (d, m): the paper's, the lazy regime's, or a deliberately broken variant of them.
 *
 * @param label       a short name
 * @param description the options in words, as reported
 * @param options     the training options at (d, m)
 * @param runner      how an experiment is run: {@link Experiment#run(int)}, or, for a negative control, a
 *                    broken version of it
 */
public record NetworkLearner(String label, String description, BiFunction<Integer, Integer, TrainingOptions> options,
        BiFunction<Experiment, Integer, Experiment.Outcome> runner) implements Learner {

    /** A network trained by the training code as it is. */
    public NetworkLearner(String label, String description, BiFunction<Integer, Integer, TrainingOptions> options) {
        this(label, description, options, Experiment::run);
    }

    /** This learner with its options changed by {@code change}, under another name. */
    public NetworkLearner with(String label, UnaryOperator<TrainingOptions> change) {
        return new NetworkLearner(label, description + ", then " + label, (d, m) -> change.apply(options.apply(d, m)),
                runner);
    }

    /** This learner with its experiments run by {@code other}, under another name. */
    public NetworkLearner runBy(String label, BiFunction<Experiment, Integer, Experiment.Outcome> other) {
        return new NetworkLearner(label, description + ", then " + label, options, other);
    }

    /** One complete run: the trained network, its target and its test error, as the training code reports them. */
    public Experiment.Outcome train(Polynomial link, int d, int n, int m, long seed, int threads) {
        return runner.apply(new Experiment(link, d, n, Basis.RANDOM, options.apply(d, m), 0.0, TEST_SAMPLES, seed),
                threads);
    }

    @Override
    public Fit fit(Polynomial link, int d, int n, int m, long seed, int threads) {
        return new Fit(train(link, d, n, m, seed, threads).test().relMse(), options.apply(d, m).ridge());
    }

    @Override
    public double cost(int d, int n, int m) {
        return Learner.networkCost(d, n, m);
    }

    @Override
    public String toString() {
        return description;
    }
}
