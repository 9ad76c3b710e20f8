/**
 * Consumer-side sync: pulls the read-only results API into a consumer database (SQLite by default, PostgreSQL for
 * deployments). Entry points: {@link rdresults.sync.SyncRunner} ({@code once()}), {@link rdresults.sync.SyncStatus}
 * ({@code read}), {@link rdresults.sync.SyncDatabase} and {@link rdresults.sync.http.ResultsApiClient}.
 * Plain Java (JDK HttpClient + JDBC): embeddable in any JVM tool; scheduling ({@code watch}) belongs to the caller.
 *
 * <p>{@code report} holds what a run reports, {@code status} what a status read reports and {@code http} the API
 * client. The packages under {@code internal} are not an API: {@code run} (how one resource is synced:
 * {@code SyncContext} with its parts {@code ApiRequests} and {@code ResourceStore}, {@code ResourceSync},
 * {@code SnapshotSync}, {@code FactorSync}, the database session), {@code loop} (the loop catalog's delta sync),
 * {@code catalog} (payloads to rows) and {@code db} (the JDBC side).
 */
package rdresults.sync;
