/**
 * An audit run: the plan of work units over the selected claims, shards balanced by cost, the result
 * store that makes runs resumable and mergeable, the decisions from the store, report.json, and the report
 * folder written whole.
 */
package nnrep.reports.audit;
