/** Helpers shared by the exporters' catalog packages; not part of the module's supported API. */
package rdresults.export.internal;
