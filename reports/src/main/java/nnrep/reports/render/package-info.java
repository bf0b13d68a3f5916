/**
 * The reports a researcher reads: report.md and the self-contained report.html, with their charts
 * (log-log scaling plots with the fitted and the predicted slopes, curves against n / d^2, formula against
 * Monte Carlo) drawn from report.json alone.
 */
package nnrep.reports.render;
