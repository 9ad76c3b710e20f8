package rdresults.factorlib;

import java.util.Objects;

/** One Alpha158 factor to translate: its name ({@code KMID}) and Qlib expression ({@code ($close-$open)/$open}). */
public record Alpha158Definition(String name, String expression) {

    public Alpha158Definition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Alpha158 factor without a name (expression " + expression + ")");
        }
    }
}
