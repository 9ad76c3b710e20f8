package rdresults.registry;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** The file exists but is not a SQLite database, or lacks the tables an RD-Agent registry has. */
public final class NotARegistryException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public NotARegistryException(Path path, String problem) {
        super(path, problem + ": " + path);
    }

    public NotARegistryException(Path path, String problem, Throwable cause) {
        super(path, problem + ": " + path, cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
