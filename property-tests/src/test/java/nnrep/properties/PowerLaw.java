package nnrep.properties;

import java.util.List;

/**
 * An exact power law s(p) = c f_i p^a measured on a grid of parameters p_1..p_G with R replicates
 * per grid point, replicate i carrying the factor f_i at every grid point (a replicate-to-replicate
 * effect that does not depend on p, so the exponent is still exactly a).
 *
 * @param exponent a
 * @param constant c > 0
 * @param grid     distinct positive parameters
 * @param factors  f_1..f_R > 0, R >= 2
 */
record PowerLaw(double exponent, double constant, List<Integer> grid, List<Double> factors) {

    PowerLaw {
        grid = List.copyOf(grid);
        factors = List.copyOf(factors);
    }

    double[] parameters() {
        return grid.stream().mapToDouble(Integer::doubleValue).toArray();
    }

    /** statistics[g][i] = c f_i p_g^a, or c p_g^a for every i when {@code withFactors} is false. */
    double[][] statistics(boolean withFactors) {
        double[][] statistics = new double[grid.size()][factors.size()];
        for (int g = 0; g < grid.size(); g++) {
            for (int i = 0; i < factors.size(); i++) {
                double factor = withFactors ? factors.get(i) : 1.0;
                statistics[g][i] = constant * factor * Math.pow(grid.get(g), exponent);
            }
        }
        return statistics;
    }

    /** log c + (1/R) sum_i log f_i: the intercept of the mean of the logs against log p. */
    double logIntercept() {
        return Math.log(constant) + factors.stream().mapToDouble(Math::log).average().orElseThrow();
    }

    @Override
    public String toString() {
        return "s(p) = " + constant + " f_i p^" + exponent + " on p in " + grid + ", replicate factors f = " + factors;
    }
}
