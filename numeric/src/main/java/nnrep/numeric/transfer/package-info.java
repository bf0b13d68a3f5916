/**
 * Transfer learning as the paper states it: a first layer learned by Algorithm 1 on a source task, its
 * head retrained on N samples of a target task with the same U, against random features on the same N.
 */
package nnrep.numeric.transfer;
