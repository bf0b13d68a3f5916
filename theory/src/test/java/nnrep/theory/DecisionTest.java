package nnrep.theory;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import nnrep.theory.protocol.ExactComparison;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final Band BAND = new Band(-0.6, -0.4, "exponent -1/2 +- 0.1");

    @Test
    void anIntervalInsideTheBandPasses() {
        assertThat(Decision.decide(new Interval(-0.55, -0.45, 0.99), BAND)).isEqualTo(Verdict.PASS);
        assertThat(Decision.decide(new Interval(-0.6, -0.4, 0.99), BAND)).isEqualTo(Verdict.PASS);
    }

    @Test
    void anIntervalEntirelyOutsideTheBandFails() {
        assertThat(Decision.decide(new Interval(-0.3, -0.1, 0.99), BAND)).isEqualTo(Verdict.FAIL);
        assertThat(Decision.decide(new Interval(-0.9, -0.61, 0.99), BAND)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anIntervalStraddlingAnEdgeIsInconclusive() {
        assertThat(Decision.decide(new Interval(-0.5, -0.3, 0.99), BAND)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Decision.decide(new Interval(-0.7, -0.3, 0.99), BAND)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Decision.decide(new Interval(Double.NaN, Double.NaN, 0.99), BAND)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Property
    void theVerdictFollowsTheContainmentOfTheInterval(@ForAll @DoubleRange(min = -2, max = 2) double a,
                                                      @ForAll @DoubleRange(min = 0, max = 2) double width) {
        Interval interval = new Interval(a, a + width, 0.95);
        Verdict verdict = Decision.decide(interval, BAND);
        boolean inside = interval.lower() >= BAND.lower() && interval.upper() <= BAND.upper();
        boolean disjoint = interval.upper() < BAND.lower() || interval.lower() > BAND.upper();
        assertThat(verdict).isEqualTo(inside ? Verdict.PASS : disjoint ? Verdict.FAIL : Verdict.INCONCLUSIVE);
    }

    @Test
    void exactIdentitiesPassOrFailOnTheTolerance() {
        assertThat(Decision.exact(1e-12, 1e-10)).isEqualTo(Verdict.PASS);
        assertThat(Decision.exact(1e-10, 1e-10)).isEqualTo(Verdict.PASS);
        assertThat(Decision.exact(2e-10, 1e-10)).isEqualTo(Verdict.FAIL);
        assertThat(Decision.exact(Double.NaN, 1e-10)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void exactComparisonsKeepTheWorstCaseAndANaNAcrossUnits() {
        ExactComparison first = new ExactComparison();
        first.compare("small", 1.0, 1.0 + 1e-12, 1.0);
        first.compare("large", 3.0, 1.0, 2.0);
        assertThat(first.maxError()).isEqualTo(1.0);
        ExactComparison second = new ExactComparison();
        second.compare("broken", Double.NaN, 1.0, 1.0);
        second.compare("after", 1.0, 1.0, 1.0);
        assertThat(second.maxError()).isNaN();
        Evidence.Builder evidence = Evidence.builder();
        Part part = ExactComparison.part("identity", java.util.List.of(first.record(Measurements.builder()).build(),
                second.record(Measurements.builder()).build()), 1e-10, "|a - b|", evidence);
        assertThat(part.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(part.interval()).isNull();
        Evidence built = evidence.build();
        assertThat((String) built.measurement("worstCase")).startsWith("broken");
        assertThat(built.measurement("comparisons")).isEqualTo(4L);
    }
}
