package rdresults.sync.internal.catalog;

import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.TableSpec;

/** Maps one catalog entry of a resource to one row of its table. */
public interface EntryMapper {

    TableSpec spec();

    /** @throws rdresults.sync.MalformedPayloadException when a field has the wrong type or a key is missing */
    Row map(EntryReader entry);
}
