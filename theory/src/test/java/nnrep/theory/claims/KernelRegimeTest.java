package nnrep.theory.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nnrep.theory.Claim;
import nnrep.theory.Profile;
import org.junit.jupiter.api.Test;

/**
 * The kernel lower bound is about n far below the d^3 / 6 monomials of degree 3 (at n comparable to them a
 * kernel with biases learns part of the cubic part): every grid point of the claims that measure a kernel,
 * at every profile, has n = c d^2 at most d^3 / 20.
 */
class KernelRegimeTest {

    @Test
    void everyKernelGridPointKeepsNBelowAPowerOfDThatTheCubicPartNeeds() {
        for (Profile profile : Profile.values()) {
            check(new KernelLowerBound(), profile, new double[] {KernelLowerBound.C});
            check(new AblationLazyRegime(), profile, new double[] {AblationLazyRegime.C});
            Map<String, Object> separation = new SeparationNetworkVsKernel().parameters(profile);
            check(new SeparationNetworkVsKernel(), profile, (double[]) separation.get("cGrid"));
        }
    }

    private static void check(Claim claim, Profile profile, double[] cGrid) {
        int[] ds = (int[]) claim.parameters(profile).get("dGrid");
        for (int d : ds) {
            for (double c : cGrid) {
                assertThat(c * d * d).as("%s at %s, d = %d, c = %s", claim.id(), profile, d, c)
                        .isLessThanOrEqualTo(Math.pow(d, 3) / 20.0);
            }
        }
        assertThat(List.of(ds)).isNotEmpty();
    }
}
