/**
 * jqwik properties that state the claims of claims.md over random instances of Damian, Lee &amp;
 * Soltanolkotabi (COLT 2022): random link functions g (degree <= 4, r <= 4, small rational
 * coefficients), dimensions d <= 12, biases b in [-3, 3], integer unit directions w and seeds,
 * drawn by {@link nnrep.properties.PaperInstances}. Each property carries the claim id as its
 * jqwik label and states in its Javadoc the identity or bound it checks:
 *
 * <ul>
 *   <li>{@link nnrep.properties.HermiteClaimsProperties}: hermite.orthogonality,
 *       hermite.activation-coefficients, hermite.stein-tensors (exact, round-off tolerances);</li>
 *   <li>{@link nnrep.properties.GradientClaimsProperties}: gradient.population-formula (exact,
 *       against quadrature on span(U, w)) and gradient.concentration (median of means with a
 *       Chebyshev-Hoeffding bound, chance failure below 1e-6 per run);</li>
 *   <li>{@link nnrep.properties.AlgorithmOneProperties}: the structure of Algorithm 1 (symmetric
 *       initialisation, first step, streaming, thread count);</li>
 *   <li>{@link nnrep.properties.StatisticsProperties}: the exponent fit and the decision protocol.</li>
 * </ul>
 *
 * Every domain object prints what it is, so a shrunk counterexample reads like
 * "f*(x) = g(Ux) on R^1, U Haar-random from seed 0, g(z1) = z1, at w = (1)".
 */
package nnrep.properties;
