/**
 * The registry database: the contract's DDL ({@link rdresults.testkit.internal.database.SyntheticSchema}), the rows
 * that describe written loops (artifacts and their files, {@code factor_registry}), their bulk insert in one
 * transaction ({@link rdresults.testkit.internal.database.RegistryRowWriter}) and the short writes of a live run
 * for readers to race against ({@link rdresults.testkit.internal.database.RegistryMutations}). Public for the
 * generator and {@code ConcurrentRegistryWriter}; not a supported API of its own.
 */
package rdresults.testkit.internal.database;
