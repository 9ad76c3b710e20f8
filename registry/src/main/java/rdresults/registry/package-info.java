/**
 * Read-only, keyset-paged access to an RD-Agent {@code registry.sqlite}: {@link rdresults.registry.RegistryReader}
 * over a {@link rdresults.registry.RegistrySource}, its queries and pages in {@code query}, and workspace path
 * resolution in {@code workspace}. Nothing here writes: synthetic registries come from {@code registry-testkit}.
 * Failures to read are {@link rdresults.registry.RegistryException}s; a bad query value is an
 * {@code InvalidQueryException}.
 */
package rdresults.registry;
