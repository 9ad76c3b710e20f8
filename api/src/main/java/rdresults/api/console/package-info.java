/**
 * The results console: server-rendered HTML pages (Qute) over the catalogs, the registry and the factor package,
 * at {@code /} and {@code /ui/*}. Pages are built from view records holding display-ready text (Qute escapes every
 * value), work without JavaScript except the charts, and carry every filter, sort and page in the URL.
 */
package rdresults.api.console;
