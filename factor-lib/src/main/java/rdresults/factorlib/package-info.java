/** The shared Python factor package {@code rd_factors_lib}: publishing, versions, bundles, verification. */
package rdresults.factorlib;
