package rdresults.testkit.internal.plan;

/**
 * The status columns of one {@code loops} row; {@code null} means SQL NULL.
 *
 * @param assetBundleId set (uuid4 with dashes) exactly when the loop was solidified
 */
public record LoopState(String status, boolean hasResult, String errorType, String errorMessage, String logDir,
                        String materializationStatus, String materializationError, String assetBundleId,
                        String syncStatus) {

    public boolean solidified() {
        return assetBundleId != null;
    }

    public boolean materialized() {
        return "done".equals(materializationStatus);
    }
}
