package rdresults.api.curves.parquet;

import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** A parquet file that is corrupt, or uses a feature this reader does not implement; the message says which. */
public final class ParquetFormatException extends RdrException {

    private static final long serialVersionUID = 1L;

    public ParquetFormatException(String message) {
        super(message);
    }

    public ParquetFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
