package rdresults.registry;

/** Filters for task runs; null components do not filter. */
public record TaskRunQuery(String status, TimeRange created, TimeRange updated) {

    public static final TaskRunQuery ALL = new TaskRunQuery(null, null, null);
}
