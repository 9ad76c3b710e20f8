package rdresults.sync;

import rdresults.model.FailureCategory;

/**
 * A payload from the results API does not have the shape the contract promises; nothing of that resource was
 * written. {@link #field()} names the offending field as a path, e.g. {@code loops[3].loop_id}.
 */
public class MalformedPayloadException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String field;

    public MalformedPayloadException(String resource, String field, String problem) {
        super(resource + ": malformed payload at " + field + ": " + problem + "; nothing was written");
        this.resource = resource;
        this.field = field;
    }

    public String resource() {
        return resource;
    }

    public String field() {
        return field;
    }

    /** The records of the payload were rejected, nothing written. */
    @Override
    public FailureCategory category() {
        return FailureCategory.REJECTED;
    }
}
