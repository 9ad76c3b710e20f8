/**
 * One pass over the registry's workspaces feeding several catalogs: {@link rdresults.export.internal.pass.WorkspacePass}
 * visits each folder once (in parallel where configured, results recorded in a fixed order), each catalog taking
 * its share through a {@link rdresults.export.internal.pass.CatalogPart}; large catalogs keep their serialised entries in an
 * {@link rdresults.export.internal.pass.EntrySpool} until they are streamed out.
 */
package rdresults.export.internal.pass;
