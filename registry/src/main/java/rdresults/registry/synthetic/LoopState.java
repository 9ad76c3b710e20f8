package rdresults.registry.synthetic;

/**
 * The status columns of one {@code loops} row; {@code null} means SQL NULL.
 *
 * @param assetBundleId set (uuid4 with dashes) exactly when the loop was solidified
 */
record LoopState(String status, boolean hasResult, String errorType, String errorMessage, String logDir,
                 String materializationStatus, String materializationError, String assetBundleId,
                 String syncStatus) {

    boolean solidified() {
        return assetBundleId != null;
    }

    boolean materialized() {
        return "done".equals(materializationStatus);
    }
}
