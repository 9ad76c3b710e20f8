package rdresults.testkit.internal.plan;

/** {@code loops.action}: what the loop's hypothesis changed. */
public enum Action {
    FACTOR("factor"),
    MODEL("model");

    private final String key;

    Action(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
