package rdresults.testkit.internal.plan;

import rdresults.testkit.internal.content.ConfigKind;

/** One root YAML of a workspace: its file name (backups get their own) and the template it renders. */
public record ConfigFile(String fileName, ConfigKind kind) {

    public static ConfigFile of(ConfigKind kind) {
        return new ConfigFile(kind.fileName(), kind);
    }
}
