package rdresults.factorlib;

import rdresults.model.FailureCategory;

/**
 * A Qlib expression that cannot be translated into pandas: malformed, or using an operator the translator does not
 * know (then {@link #operator()} names it). Never silently translated into a wrong function.
 */
public final class InvalidExpressionException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    private final String factorName;
    private final String expression;
    private final String operator;

    public InvalidExpressionException(String factorName, String expression, String operator, String message) {
        super(null, "cannot translate " + (factorName == null ? "expression" : "factor " + factorName) + " '"
                + expression + "': " + message);
        this.factorName = factorName;
        this.expression = expression;
        this.operator = operator;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }

    /** The factor whose expression failed; null when none was named. */
    public String factorName() {
        return factorName;
    }

    public String expression() {
        return expression;
    }

    /** The unknown or misused operator; null when the expression is malformed elsewhere. */
    public String operator() {
        return operator;
    }
}
