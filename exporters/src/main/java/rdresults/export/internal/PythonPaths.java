package rdresults.export.internal;

import java.util.regex.Pattern;

/**
 * Which stored workspace paths the Python exporters can open. They convert only {@code X:\...} paths (to
 * {@code /mnt/x/...}); a stored {@code x:/...} path is opened as a relative path and never exists on Linux, even on
 * the machine that wrote the registry. The project resolves such paths; where it reproduces a choice the Python
 * exporters make among several rows, it leaves those rows out as they do.
 */
public final class PythonPaths {

    private static final Pattern FORWARD_SLASH_DRIVE = Pattern.compile("^[A-Za-z]:/");

    private PythonPaths() {
    }

    /** Whether the Python exporters can open the workspace stored as {@code storedPath} at all. */
    public static boolean opens(String storedPath) {
        return storedPath != null && !FORWARD_SLASH_DRIVE.matcher(storedPath).find();
    }
}
