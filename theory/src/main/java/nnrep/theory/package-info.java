/**
 * The paper's statements as checkable claims: the {@link nnrep.theory.Claim} interface (plan work units,
 * measure one, decide from the results), what a unit and a decision are given, the parts, intervals, bands
 * and verdicts of a decision, the evidence for the reports, and the catalogue
 * ({@link nnrep.theory.ClaimRegistry}). Nothing here prints or writes files.
 */
package nnrep.theory;
