/**
 * The claims of the catalogue, one class per id; each class's Javadoc states what it measures, derives its
 * bands from the paper's statement and names its negative controls.
 */
package nnrep.theory.claims;
