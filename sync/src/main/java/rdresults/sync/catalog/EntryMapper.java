package rdresults.sync.catalog;

import rdresults.sync.db.Row;
import rdresults.sync.db.TableSpec;

/** Maps one catalog entry of a resource to one row of its table. */
public interface EntryMapper {

    TableSpec spec();

    /** @throws rdresults.sync.MalformedPayloadException when a field has the wrong type or a key is missing */
    Row map(EntryReader entry);
}
