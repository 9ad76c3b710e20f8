/** The HTTP side of sync: a small client for the read-only results API. */
package rdresults.sync.http;
