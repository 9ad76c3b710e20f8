package rdresults.registry.synthetic;

/** {@code loops.action}: what the loop's hypothesis changed. */
enum Action {
    FACTOR("factor"),
    MODEL("model");

    private final String key;

    Action(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
