/**
 * The read-only REST service over a registry, its catalogs and the factor package: the JAX-RS resources, the
 * typed configuration ({@link rdresults.api.RdrConfig}), the producers and the readiness check. The sub-packages are
 * internals, public only for these resources: {@code catalog} (catalogs in memory and their queries),
 * {@code endpoint} (the endpoint declarations, query validation and the OpenAPI document) and {@code http}
 * (conditional answers, threads, problems, the bearer token).
 */
package rdresults.api;
