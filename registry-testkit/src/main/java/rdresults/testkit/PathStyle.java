package rdresults.testkit;

/**
 * How {@code workspaces.workspace_path} (and the log paths) are stored: as the absolute path of the machine that
 * wrote the registry, which is rarely the machine reading it.
 */
public enum PathStyle {
    /** {@code /mnt/f/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/<id>}: RD-Agent running in WSL. */
    WSL("wsl"),
    /** {@code F:\Dev\RD-Agent-main\git_ignore_folder\RD-Agent_workspace\<id>}: native Windows. */
    WINDOWS("windows"),
    /** {@code f:/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/<id>}: Windows with forward slashes. */
    WINDOWS_FWD("windows_fwd"),
    /** The real absolute path of the generated tree, so the registry resolves on this machine as is. */
    POSIX("posix"),
    /** A per-row random choice among the four styles above. */
    MIXED("mixed");

    private final String key;

    PathStyle(String key) {
        this.key = key;
    }

    /** The lower-case name used in GENERATED_BY.json and on command lines. */
    public String key() {
        return key;
    }

    /**
     * Parses {@link #key()} or the constant name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the text and the keys allowed
     */
    public static PathStyle fromKey(String text) {
        return EnumKeys.parse(values(), PathStyle::key, text, "path style");
    }
}
