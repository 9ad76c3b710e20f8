package rdresults.model;

/**
 * A file or value given to the project cannot be used: unreadable, malformed JSON/YAML, wrong structure.
 * The message names the input and the problem.
 */
public class InvalidInputException extends RdrException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
