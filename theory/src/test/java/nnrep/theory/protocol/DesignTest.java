package nnrep.theory.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nnrep.theory.WorkUnit;
import org.junit.jupiter.api.Test;

class DesignTest {

    private record Point(int value) implements GridPoint {

        @Override
        public String label() {
            return "v = " + value;
        }

        @Override
        public double cost() {
            return value;
        }
    }

    private static final Design<Point> DESIGN = Design.of(
            new Grid<>("first", List.of(new Point(1), new Point(2), new Point(3)), 2),
            new Grid<>("second", List.of(new Point(10), new Point(20)), 3));

    @Test
    void unitsAreLaidOutGridByGridPointByPointReplicateByReplicate() {
        List<WorkUnit> units = DESIGN.units();
        assertThat(units).hasSize(12);
        assertThat(DESIGN.size()).isEqualTo(12);
        for (WorkUnit unit : units) {
            Design.Location at = DESIGN.locate(unit.index());
            assertThat(DESIGN.index(at.grid(), at.point(), at.replicate())).isEqualTo(unit.index());
            assertThat(unit.cost()).isEqualTo(DESIGN.point(unit.index()).value());
        }
        assertThat(DESIGN.locate(5)).isEqualTo(new Design.Location(0, 2, 1));
        assertThat(DESIGN.locate(6)).isEqualTo(new Design.Location(1, 0, 0));
        assertThat(units.get(11).label()).isEqualTo("second, v = 20, replicate 3 of 3");
        assertThatThrownBy(() -> DESIGN.locate(12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyUnitHasItsOwnSeedAndTheSeedDependsOnlyOnTheMasterSeedAndTheIndex() {
        Set<Long> seeds = new HashSet<>();
        for (int k = 0; k < DESIGN.size(); k++) {
            seeds.add(Design.seed(7, k));
            assertThat(Design.seed(7, k)).isEqualTo(Design.seed(7, k));
        }
        assertThat(seeds).hasSize(DESIGN.size());
        assertThat(Design.seed(8, 0)).isNotEqualTo(Design.seed(7, 0));
    }
}
