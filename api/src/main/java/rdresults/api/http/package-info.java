/**
 * What every answer shares: conditional GETs with strong ETags and gzip
 * ({@link rdresults.api.http.ConditionalResponses}), the choice between the I/O thread and a worker
 * ({@link rdresults.api.http.AnswerThread}), problem+json failures ({@link rdresults.api.http.Problems},
 * {@link rdresults.api.http.ProblemMappers}) and the optional bearer token
 * ({@link rdresults.api.http.BearerTokenFilter}). Public for the resources; not a supported API of its own.
 */
package rdresults.api.http;
