package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import nnrep.numeric.gauss.GaussHermiteRule;
import nnrep.numeric.gauss.NormalIntegral;
import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.hermite.Activation;
import nnrep.numeric.network.PopulationGradient;
import nnrep.numeric.poly.Polynomial;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;
import nnrep.theory.experiments.RandomPolynomials;
import org.junit.jupiter.api.Test;

/**
 * {@link PopulationGradient} against deterministic quadrature, for directions where the gate
 * depends on one coordinate: U = [I_r 0] and w = +-e_1 (inside span(U)) or w = e_{r+1} (orthogonal
 * to it). Then E[g(z) x act(w . x + b)] splits into a one-dimensional integral across the gate's
 * breakpoint ({@link NormalIntegral}) and a Gauss-Hermite rule, exact for the polynomial part.
 * NormalIntegral's tolerance is relative to E|h|, and some coordinates have h = 0 up to round-off
 * (it then cannot converge); integrating h + act and subtracting E[act] makes the accuracy
 * absolute, about 1e-13 times E[act] = O(1), far below the tolerance 1e-10.
 */
class PopulationGradientTest {

    private static final double TOLERANCE = 1e-10;
    private static final double QUADRATURE_TOLERANCE = 1e-13;
    private static final GaussHermiteRule RULE = GaussHermiteRule.of(6);

    private static List<Polynomial> links() {
        return List.of(Presets.named("quad-cubic"), Presets.named("quartic"),
                RandomPolynomials.dense(2, 4, new SplittableRandom(11)));
    }

    private static MultiIndexTarget canonical(Polynomial g) {
        return MultiIndexTarget.of(g, g.variables() + 2, Basis.CANONICAL, new RandomStreams(0));
    }

    @Test
    void matchesQuadratureForDirectionsInsideSpanU() {
        for (Polynomial g : links()) {
            MultiIndexTarget target = canonical(g);
            int r = target.r();
            for (double sign : new double[] {1.0, -1.0}) {
                double[] w = new double[target.d()];
                w[0] = sign;
                for (Activation act : Activation.values()) {
                    for (double b : new double[] {0.0, 0.7, -1.3}) {
                        double[] formula = PopulationGradient.of(target, act, b).at(w);
                        for (int i = 0; i < r; i++) {
                            int coordinate = i;
                            double gate = NormalIntegral.expect(t -> act.apply(sign * t + b), -sign * b,
                                    QUADRATURE_TOLERANCE);
                            double reference = NormalIntegral.expect(
                                    t -> act.apply(sign * t + b) * (1.0 + RULE.expect(r - 1,
                                            rest -> g.evaluate(point(t, rest)) * point(t, rest)[coordinate])),
                                    -sign * b, QUADRATURE_TOLERANCE) - gate;
                            assertThat(formula[i]).as("%s, %s(%s), b = %s, coordinate %d", g, act, sign, b, i)
                                    .isCloseTo(reference, within(TOLERANCE));
                        }
                        for (int i = r; i < target.d(); i++) {
                            assertThat(formula[i]).isZero();
                        }
                    }
                }
            }
        }
    }

    @Test
    void matchesTheProductFormForADirectionOrthogonalToSpanU() {
        for (Polynomial g : links()) {
            MultiIndexTarget target = canonical(g);
            int r = target.r();
            double[] w = new double[target.d()];
            w[r] = 1.0;
            for (Activation act : Activation.values()) {
                double b = 0.4;
                double gate = NormalIntegral.expect(t -> act.apply(t + b), -b, QUADRATURE_TOLERANCE);
                double gatedX = NormalIntegral.expect(t -> t * act.apply(t + b), -b, QUADRATURE_TOLERANCE);
                double[] formula = PopulationGradient.of(target, act, b).at(w);
                for (int i = 0; i < r; i++) {
                    int coordinate = i;
                    double reference = gate * RULE.expect(r, z -> g.evaluate(z) * z[coordinate]);
                    assertThat(formula[i]).isCloseTo(reference, within(TOLERANCE));
                }
                assertThat(formula[r]).isCloseTo(RULE.expect(r, g::evaluate) * gatedX, within(TOLERANCE));
                assertThat(formula[r + 1]).isZero();
            }
        }
    }

    @Test
    void rejectsDirectionsThatAreNotUnitVectorsOfRd() {
        PopulationGradient gradient = PopulationGradient.of(canonical(Presets.named("quartic")), Activation.STEP, 0.0);
        assertThatThrownBy(() -> gradient.at(new double[] {2, 0, 0, 0})).hasMessageContaining("unit norm");
        assertThatThrownBy(() -> gradient.at(new double[] {1, 0})).hasMessageContaining("d = 4");
    }

    /** (t, rest...) as one point of R^r. */
    private static double[] point(double t, double[] rest) {
        double[] z = new double[rest.length + 1];
        z[0] = t;
        System.arraycopy(rest, 0, z, 1, rest.length);
        return z;
    }
}
