package nnrep.numeric.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class MultiIndexTest {

    @Test
    void countingTurnsTensorIndicesIntoAMultiIndex() {
        assertThat(MultiIndex.counting(3, 0, 2, 0)).isEqualTo(MultiIndex.of(2, 0, 1));
        assertThat(MultiIndex.counting(2)).isEqualTo(MultiIndex.zero(2));
        assertThatThrownBy(() -> MultiIndex.counting(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void orderAndFactorialAreSumAndProduct() {
        MultiIndex alpha = MultiIndex.of(3, 0, 2);
        assertThat(alpha.order()).isEqualTo(5);
        assertThat(alpha.factorial()).isEqualTo(12.0);
        assertThat(alpha.plus(MultiIndex.of(1, 1))).isEqualTo(MultiIndex.of(4, 1, 2));
        assertThat(alpha.withVariables(4)).isEqualTo(MultiIndex.of(3, 0, 2, 0));
        assertThat(alpha.with(1, 7)).isEqualTo(MultiIndex.of(3, 7, 2));
    }

    @Test
    void theOrderIsGradedDescending() {
        List<MultiIndex> list = new ArrayList<>(List.of(MultiIndex.of(0, 1), MultiIndex.of(0, 2),
                MultiIndex.of(0, 0), MultiIndex.of(1, 1), MultiIndex.of(2, 0), MultiIndex.of(1, 0)));
        Collections.sort(list);
        assertThat(list).containsExactly(MultiIndex.of(2, 0), MultiIndex.of(1, 1), MultiIndex.of(0, 2),
                MultiIndex.of(1, 0), MultiIndex.of(0, 1), MultiIndex.of(0, 0));
    }

    @Test
    void equalityIsByEntriesAndEntriesAreCopied() {
        int[] entries = {1, 2};
        MultiIndex alpha = MultiIndex.of(entries);
        entries[0] = 5;
        assertThat(alpha).isEqualTo(MultiIndex.of(1, 2)).hasSameHashCodeAs(MultiIndex.of(1, 2));
        assertThat(alpha).isNotEqualTo(MultiIndex.of(1, 2, 0));
        assertThat(alpha.toString()).isEqualTo("(1, 2)");
        assertThatThrownBy(() -> MultiIndex.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
