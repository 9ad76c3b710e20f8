/**
 * What a sync run reports: a {@link rdresults.sync.report.SyncReport} with one
 * {@link rdresults.sync.report.ResourceReport} per resource, its {@link rdresults.sync.report.ResourceOutcome} and,
 * when it failed, the {@link rdresults.sync.report.FailureKind} callers act on. Plain data, part of the supported
 * API.
 */
package rdresults.sync.report;
