package rdresults.registry.query;

/** Filters for task runs; null components do not filter. */
public record TaskRunQuery(String taskRunId, String status, TimeRange created, TimeRange updated) {

    public static final TaskRunQuery ALL = new TaskRunQuery(null, null, null, null);

    /** Filters on status and time windows only. */
    public TaskRunQuery(String status, TimeRange created, TimeRange updated) {
        this(null, status, created, updated);
    }
}
