/**
 * The fork's conventions the generator reproduces: the uuid4 and uuid5 IDs it writes
 * ({@link rdresults.testkit.conventions.SyntheticIds}), time as epoch microseconds with its text forms
 * ({@link rdresults.testkit.conventions.EpochMicros}) and the absolute paths the registry stores in each
 * path style ({@link rdresults.testkit.conventions.StoredPaths}). Public for the generator's other
 * packages; not a supported API of its own.
 */
package rdresults.testkit.conventions;
