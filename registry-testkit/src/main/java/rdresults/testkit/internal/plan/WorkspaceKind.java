package rdresults.testkit.internal.plan;

/** Why a workspace row exists; decides its role, step name and files. */
public enum WorkspaceKind {
    /** The loop's main workspace, upserted online at the final step ({@code experiment_workspace}). */
    EXPERIMENT("experiment_workspace"),
    /** A coding attempt for one factor ({@code sub_workspace}, step {@code coding}). */
    FACTOR_CODING("sub_workspace"),
    /** A coding attempt for the model ({@code sub_workspace}, step {@code coding}). */
    MODEL_CODING("sub_workspace"),
    /** A row the bootstrap scan tool added ({@code other}, uuid5 id, no step). */
    BOOTSTRAP("other");

    private final String role;

    WorkspaceKind(String role) {
        this.role = role;
    }

    String role() {
        return role;
    }
}
