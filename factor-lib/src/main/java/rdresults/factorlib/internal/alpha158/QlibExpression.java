package rdresults.factorlib.internal.alpha158;

import java.util.List;
import java.util.Objects;

/** A parsed Qlib expression: a field ({@code $close}), a number, or an operator applied to arguments. */
public sealed interface QlibExpression permits QlibExpression.Field, QlibExpression.Constant, QlibExpression.Call {

    /** {@code $name}: a column of the input frame. */
    record Field(String column) implements QlibExpression {
        public Field {
            Objects.requireNonNull(column, "column");
        }
    }

    /** A numeric literal as written (Python accepts Qlib's literals unchanged), and its value. */
    record Constant(String text, double value) implements QlibExpression {
        public Constant {
            Objects.requireNonNull(text, "text");
        }

        boolean isInteger() {
            return value == Math.rint(value) && !text.contains(".") && !text.toLowerCase().contains("e");
        }
    }

    /** An operator of Qlib's {@code ops.py} (infix ones included: {@code a+b} is {@code Add(a, b)}). */
    record Call(QlibOperator operator, List<QlibExpression> args) implements QlibExpression {
        public Call {
            Objects.requireNonNull(operator, "operator");
            args = List.copyOf(args);
        }
    }
}
