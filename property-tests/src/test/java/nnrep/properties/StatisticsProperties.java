package nnrep.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import nnrep.theory.Band;
import nnrep.theory.Decision;
import nnrep.theory.Interval;
import nnrep.theory.Verdict;
import nnrep.theory.stats.ExponentFit;

/**
 * The statistics behind every verdict (the decision protocol of the claims): the exponent fit of the
 * scaling laws and the PASS / FAIL / INCONCLUSIVE rule. Both are deterministic given their inputs,
 * so these properties are exact.
 */
class StatisticsProperties extends PaperInstances {

    /** a in [-3, 3] in steps of 1/4, c in {1/4, ..., 16}, 2..6 grid points in 1..1000, 2..5 replicates. */
    @Provide
    Arbitrary<PowerLaw> powerLaw() {
        return Combinators.combine(
                        Arbitraries.integers().between(-12, 12).map(k -> k / 4.0),
                        Arbitraries.integers().between(-2, 4).map(k -> Math.pow(2, k)),
                        Arbitraries.integers().between(1, 1000).list().uniqueElements().ofMinSize(2).ofMaxSize(6),
                        Arbitraries.of(1.0, 0.5, 2.0, 1.5, 3.0).list().ofMinSize(2).ofMaxSize(5))
                .as(PowerLaw::new);
    }

    /** A measured interval with half-integer bounds in [-3, 3] (so that bounds often coincide), or NaN bounds. */
    @Provide
    Arbitrary<Interval> interval() {
        return Combinators.combine(endpoint(), endpoint(), Arbitraries.of(0.9, 0.95, 0.99))
                .as((a, b, level) -> new Interval(Math.min(a, b), Math.max(a, b), level));
    }

    /** A predicted band with half-integer bounds in [-3, 3]. */
    @Provide
    Arbitrary<Band> band() {
        Arbitrary<Double> bound = halfIntegers();
        return Combinators.combine(bound, bound)
                .as((a, b) -> new Band(Math.min(a, b), Math.max(a, b), "band"));
    }

    /**
     * {@link ExponentFit} recovers the exponent of exact power laws: for s_{g,i} = c f_i p_g^a the
     * mean of the logs at p_g is log c + mean_i log f_i + a log p_g, exactly a line, so the slope is a
     * and the intercept log c + mean_i log f_i; with equal replicates every sample variance is 0, so
     * the interval is the point [a, a]. Tolerance 1e-9 (1 + |a|): the logs are below 30 in size and
     * distinct grid points differ by at least log(1000/999) = 1e-3 in log p, so round-off moves the
     * slope by less than 1e-11.
     */
    @Label("scaling.exponent-fit")
    @Property(tries = 100)
    void exponentFitRecoversTheExponentOfExactPowerLaws(@ForAll("powerLaw") PowerLaw law) {
        double tolerance = 1e-9 * (1 + Math.abs(law.exponent()));
        ExponentFit fit = ExponentFit.fit(law.parameters(), law.statistics(true), 0.1);
        assertThat(fit.slope()).as("slope").isCloseTo(law.exponent(), within(tolerance));
        assertThat(fit.intercept()).as("intercept").isCloseTo(law.logIntercept(), within(tolerance));

        Interval exact = ExponentFit.fit(law.parameters(), law.statistics(false), 0.1).slopeInterval();
        assertThat(exact.lower()).as("interval lower bound, equal replicates").isCloseTo(law.exponent(), within(tolerance));
        assertThat(exact.upper()).as("interval upper bound, equal replicates").isCloseTo(law.exponent(), within(tolerance));
    }

    /**
     * The decision protocol: PASS when the measured interval is a subset of the predicted band, FAIL
     * when the two are disjoint, INCONCLUSIVE otherwise (and when the interval has NaN bounds).
     * The reference is written as set algebra on [lower, upper]: the intersection
     * [max(lower, band.lower), min(upper, band.upper)] is the interval itself, empty, or neither.
     */
    @Label("decision.statistical")
    @Property(tries = 300)
    void theVerdictIsDecidedByContainmentAndDisjointness(@ForAll("interval") Interval measured,
                                                        @ForAll("band") Band predicted) {
        double low = Math.max(measured.lower(), predicted.lower());
        double high = Math.min(measured.upper(), predicted.upper());
        Verdict expected;
        if (Double.isNaN(measured.lower()) || Double.isNaN(measured.upper())) {
            expected = Verdict.INCONCLUSIVE;
        } else if (low > high) {
            expected = Verdict.FAIL;
        } else if (low == measured.lower() && high == measured.upper()) {
            expected = Verdict.PASS;
        } else {
            expected = Verdict.INCONCLUSIVE;
        }
        assertThat(Decision.decide(measured, predicted)).isEqualTo(expected);
    }

    /**
     * Exact identities: PASS iff the largest error is a number no larger than the tolerance (a NaN
     * error fails), else FAIL; never INCONCLUSIVE.
     */
    @Label("decision.exact")
    @Property(tries = 100)
    void exactIdentitiesPassOrFailOnTheirTolerance(@ForAll("error") double maxError,
                                                   @ForAll("error") double tolerance) {
        boolean holds = !Double.isNaN(maxError) && maxError <= tolerance;
        assertThat(Decision.exact(maxError, tolerance)).isEqualTo(holds ? Verdict.PASS : Verdict.FAIL);
    }

    /** An error or tolerance: a half-integer in [0, 3], sometimes NaN or infinite. */
    @Provide
    Arbitrary<Double> error() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0, 6).map(k -> k / 2.0)),
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY)));
    }

    private static Arbitrary<Double> endpoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, halfIntegers()),
                Tuple.of(1, Arbitraries.just(Double.NaN)));
    }

    private static Arbitrary<Double> halfIntegers() {
        return Arbitraries.integers().between(-6, 6).map(k -> k / 2.0);
    }
}
