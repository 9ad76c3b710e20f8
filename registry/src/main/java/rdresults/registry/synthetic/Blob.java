package rdresults.registry.synthetic;

/** File content with its SHA-256, computed once when the same bytes go into many workspaces. */
record Blob(byte[] bytes, String sha256) {

    static Blob of(byte[] bytes) {
        return new Blob(bytes, SyntheticIds.sha256Hex(bytes));
    }
}
