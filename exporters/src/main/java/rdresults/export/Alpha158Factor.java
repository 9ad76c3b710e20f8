package rdresults.export;

import java.util.Objects;

/** One Alpha158 feature: its column name and its Qlib expression. */
public record Alpha158Factor(String name, String expression) {

    public Alpha158Factor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
