/** Consumer-side sync: pulls the results API and upserts into the consumer database. */
package rdresults.sync;
