package nnrep.reports.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import nnrep.theory.Band;
import nnrep.theory.Claim;
import nnrep.theory.DecisionContext;
import nnrep.theory.Evidence;
import nnrep.theory.Interval;
import nnrep.theory.Measurements;
import nnrep.theory.Outcome;
import nnrep.theory.Part;
import nnrep.theory.Profile;
import nnrep.theory.UnitContext;
import nnrep.theory.Verdict;
import nnrep.theory.WorkUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

    /** A claim of {@code units} units of unequal cost, each measuring its seed; it counts its measurements. */
    private static final class Counting implements Claim {

        private final String id;
        private final int units;
        private final AtomicInteger measured = new AtomicInteger();
        private final int failAt;

        Counting(String id, int units, int failAt) {
            this.id = id;
            this.units = units;
            this.failAt = failAt;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String statement() {
            return "counts";
        }

        @Override
        public String source() {
            return "a test";
        }

        @Override
        public Map<String, Object> parameters(Profile profile) {
            return Map.of("units", units);
        }

        @Override
        public List<WorkUnit> plan(Profile profile) {
            return IntStream.range(0, units).mapToObj(i -> new WorkUnit(i, "unit " + i, 1 + (i * 7919) % 13)).toList();
        }

        @Override
        public Measurements measure(UnitContext context, int index) {
            measured.incrementAndGet();
            if (index == failAt) {
                throw new IllegalStateException("broken unit");
            }
            return Measurements.builder().number("value", context.seed() * 1000.0 + index).build();
        }

        @Override
        public Outcome decide(DecisionContext context, List<Measurements> results) {
            double sum = results.stream().mapToDouble(m -> m.number("value")).sum();
            return new Outcome(List.of(Part.decide("sum", new Interval(sum, sum, 1), new Band(0, 1e12, "any"))),
                    Evidence.builder().measurement("sum", sum).build());
        }
    }

    @Test
    void shardsPartitionThePlanDeterministicallyAndWithinOneUnitOfTheAverageCost() {
        List<Audit.Planned> plan = Audit.plan(List.of(new Counting("a", 40, -1), new Counting("b", 23, -1)),
                Profile.QUICK);
        double total = plan.stream().mapToDouble(p -> p.unit().cost()).sum();
        double largestUnit = plan.stream().mapToDouble(p -> p.unit().cost()).max().orElseThrow();
        for (int count : new int[] {1, 2, 3, 7}) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                List<Audit.Planned> shard = Audit.shard(plan, i, count);
                assertThat(Audit.shard(plan, i, count)).isEqualTo(shard);
                double cost = shard.stream().mapToDouble(p -> p.unit().cost()).sum();
                assertThat(cost).isLessThanOrEqualTo(total / count + largestUnit);
                shard.forEach(p -> assertThat(seen.add(p.claim().id() + "/" + p.unit().index())).isTrue());
            }
            assertThat(seen).hasSize(plan.size());
        }
    }

    @Test
    void aRerunMeasuresOnlyWhatTheStoreLacksAndDecidesTheSame(@TempDir Path folder) throws Exception {
        Counting claim = new Counting("a", 12, -1);
        ResultStore.Identity identity = new ResultStore.Identity("quick", 9, "test");
        List<Audit.Planned> plan = Audit.plan(List.of(claim), Profile.QUICK);
        ResultStore store = ResultStore.open(folder, identity);
        List<Audit.Planned> progress = new ArrayList<>();
        Audit.measure(plan.subList(0, 5), store, Profile.QUICK, 9, 1, (unit, seconds) -> progress.add(unit));
        assertThat(Audit.decide(List.of(claim), 1, Profile.QUICK, 9, store, Map.of())).isEmpty();
        Audit.measure(plan, ResultStore.open(folder, identity), Profile.QUICK, 9, 1, (unit, s) -> progress.add(unit));
        assertThat(claim.measured.get()).isEqualTo(12);
        assertThat(progress).hasSize(17);
        List<Audit.Entry> decided = Audit.decide(List.of(claim), 1, Profile.QUICK, 9, store, Map.of());
        assertThat(decided).hasSize(1);
        assertThat(decided.get(0).result().evidence().measurement("sum")).isEqualTo(9000.0 * 12 + 66);
    }

    @Test
    void aUnitThatThrowsMakesItsClaimFailWithTheErrorAndSkipsTheClaimsOtherUnits(@TempDir Path folder)
            throws Exception {
        Counting broken = new Counting("broken", 6, 2);
        Counting fine = new Counting("fine", 3, -1);
        ResultStore store = ResultStore.open(folder, new ResultStore.Identity("quick", 1, "test"));
        Map<String, String> errors = Audit.measure(Audit.plan(List.of(broken, fine), Profile.QUICK), store,
                Profile.QUICK, 1, 1, (unit, seconds) -> { });
        assertThat(broken.measured.get()).isEqualTo(3);
        assertThat(errors).containsOnlyKeys("broken");
        List<Audit.Entry> entries = Audit.decide(List.of(broken, fine), 2, Profile.QUICK, 1, store, errors);
        assertThat(entries).extracting(e -> e.result().verdict()).containsExactly(Verdict.FAIL, Verdict.PASS);
        assertThat((String) entries.get(0).result().evidence().measurement("error")).contains("broken unit");
    }
}
