package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SymmetricTensorTest {

    /** T[i,j,k] = (1 + alpha_1)(1 + 2 alpha_2) - alpha_3 / 2, alpha the index counts: symmetric, generic. */
    private static final SymmetricTensor T = SymmetricTensor.of(3, 3,
            alpha -> (1 + alpha.get(0)) * (1 + 2 * alpha.get(1)) - 0.5 * alpha.get(2));

    @Test
    void entriesDependOnlyOnTheIndexMultiset() {
        assertThat(T.get(0, 1, 2)).isEqualTo(T.get(2, 0, 1)).isEqualTo(T.get(1, 2, 0)).isEqualTo(5.5);
        assertThat(T.get(1, 1, 0)).isEqualTo(T.get(0, 1, 1)).isEqualTo(10.0);
        assertThat(T.order()).isEqualTo(3);
        assertThat(T.dimension()).isEqualTo(3);
        assertThatThrownBy(() -> T.get(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> T.get(0, 1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void contractionsAgreeWithExplicitSums() {
        double[] w = {0.3, -1.1, 2.0};
        double all = 0.0;
        double[] allButOne = new double[3];
        double frobenius = 0.0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    all += T.get(i, j, k) * w[i] * w[j] * w[k];
                    allButOne[k] += T.get(i, j, k) * w[i] * w[j];
                    frobenius += T.get(i, j, k) * T.get(i, j, k);
                }
            }
        }
        assertThat(T.contractAll(w)).isCloseTo(all, within(1e-12));
        assertThat(T.contractAllButOne(w)).containsExactly(allButOne, within(1e-12));
        assertThat(T.frobeniusNorm()).isCloseTo(Math.sqrt(frobenius), within(1e-12));
        SymmetricTensor matrix = T.contract(w);
        assertThat(matrix.order()).isEqualTo(2);
        assertThat(matrix.get(1, 2)).isCloseTo(0.3 * T.get(0, 1, 2) - 1.1 * T.get(1, 1, 2) + 2 * T.get(2, 1, 2),
                within(1e-12));
        assertThat(matrix.toMatrix()[1][2]).isEqualTo(matrix.get(1, 2));
    }

    @Test
    void orderZeroIsAScalar() {
        SymmetricTensor scalar = SymmetricTensor.of(0, 2, alpha -> 4.0);
        assertThat(scalar.contractAll(new double[] {1, 2})).isEqualTo(4.0);
        assertThatThrownBy(() -> scalar.contract(new double[] {1, 2})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> T.contract(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringListsTheDistinctNonzeroEntries() {
        SymmetricTensor t = SymmetricTensor.of(2, 2, alpha -> alpha.get(0) == 1 ? 0.25 : 0.0);
        assertThat(t.toString()).isEqualTo("SymmetricTensor(order 2, dimension 2) {[0, 1]=0.25}");
    }
}
