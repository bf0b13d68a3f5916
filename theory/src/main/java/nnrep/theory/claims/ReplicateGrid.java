package nnrep.theory.claims;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.theory.Claim;
import nnrep.theory.ClaimContext;
import nnrep.theory.Evidence;

/**
 * Independent replicates of a statistic over a grid of parameters (claims.md, decision protocol):
 * replicate i at grid point g runs with its own master seed
 * {@code new RandomStreams(seed).replicateSeed(offset + g * R + i)}, so no two runs share data and
 * each run can be repeated alone from the recorded rule.
 */
final class ReplicateGrid {

    /** One run of the measured statistic. */
    @FunctionalInterface
    interface Statistic {
        double measure(int point, int replicate, long seed);
    }

    private ReplicateGrid() {
    }

    /**
     * @param offset first replicate index, so that two grids of one claim use disjoint seeds
     * @return statistics[g][i] for g < points, i < replicates
     */
    static double[][] run(Claim claim, ClaimContext context, String label, int points, int replicates, int offset,
            Statistic statistic) {
        RandomStreams master = new RandomStreams(context.seed());
        double[][] values = new double[points][replicates];
        for (int g = 0; g < points; g++) {
            context.report(claim, label + ", grid point " + (g + 1) + " of " + points, g / (double) points);
            for (int i = 0; i < replicates; i++) {
                values[g][i] = statistic.measure(g, i, master.replicateSeed(offset + (long) g * replicates + i));
            }
        }
        return values;
    }

    /** Records how every replicate seed of a grid derives from the master seed. */
    static void recordSeeds(Evidence.Builder evidence, ClaimContext context, String label, int replicates, int offset) {
        evidence.note(label + ": replicate i at grid point g (from 0) uses the master seed "
                + "RandomStreams(" + context.seed() + ").replicateSeed(" + offset + " + g * " + replicates + " + i)");
    }
}
