package rdresults.factorlib.internal.alpha158;

import java.util.ArrayList;
import java.util.List;
import rdresults.factorlib.InvalidExpressionException;
import rdresults.factorlib.internal.alpha158.QlibExpression.Call;
import rdresults.factorlib.internal.alpha158.QlibExpression.Constant;
import rdresults.factorlib.internal.alpha158.QlibExpression.Field;

/**
 * Translates a parsed Qlib expression into one Python expression over the helpers of {@link Alpha158Prelude}: a
 * field {@code $close} reads column {@code "$close"} of the prepared frame {@code x}, a number stays as written,
 * and each operator becomes its helper call (or infix arithmetic, which numpy and pandas compute as Qlib's
 * {@code np.add}, {@code np.subtract}, ... do). Argument shapes are checked here, so a window that is not an
 * integer, or an operator applied to a bare number where Qlib needs an expression, is an error naming the operator.
 */
public final class PandasTranslator {

    /** The name of the prepared frame inside a generated function. */
    public static final String FRAME = "x";

    private final String factorName;
    private final String expression;

    private PandasTranslator(String factorName, String expression) {
        this.factorName = factorName;
        this.expression = expression;
    }

    /**
     * The Python expression computing {@code expression}.
     *
     * @throws InvalidExpressionException when it cannot be parsed or translated
     */
    public static String translate(String factorName, String expression) {
        QlibExpression tree = QlibExpressionParser.parse(factorName, expression);
        PandasTranslator t = new PandasTranslator(factorName, expression);
        if (!t.hasField(tree)) {
            throw new InvalidExpressionException(factorName, expression, null,
                    "no field ($close, $volume, ...): a constant is no factor");
        }
        return t.python(tree);
    }

    private boolean hasField(QlibExpression e) {
        if (e instanceof Field) {
            return true;
        }
        return e instanceof Call c && c.args().stream().anyMatch(this::hasField);
    }

    private String python(QlibExpression e) {
        if (e instanceof Field f) {
            return "_col(" + FRAME + ", \"" + f.column() + "\")";
        }
        if (e instanceof Constant c) {
            return c.text().startsWith("-") ? "(" + c.text() + ")" : c.text();
        }
        Call call = (Call) e;
        QlibOperator op = call.operator();
        List<QlibExpression> args = call.args();
        List<String> out = new ArrayList<>();
        switch (op.shape()) {
            case UNARY -> out.add(series(op, args.get(0)));
            case BINARY -> args.forEach(a -> out.add(python(a)));
            case TERNARY -> {
                out.add(series(op, args.get(0)));
                out.add(python(args.get(1)));
                out.add(python(args.get(2)));
            }
            case SHIFT -> {
                out.add(series(op, args.get(0)));
                out.add(Integer.toString(integer(op, args.get(1), Integer.MIN_VALUE, "period")));
            }
            case WINDOW -> {
                out.add(series(op, args.get(0)));
                out.add(Integer.toString(window(op, args.get(1))));
            }
            case WINDOW_QUANTILE -> {
                out.add(series(op, args.get(0)));
                out.add(Integer.toString(window(op, args.get(1))));
                out.add(quantile(op, args.get(2)));
            }
            case PAIR_WINDOW -> {
                out.add(series(op, args.get(0)));
                out.add(series(op, args.get(1)));
                out.add(Integer.toString(window(op, args.get(2))));
            }
            default -> throw new IllegalStateException("unhandled shape " + op.shape());
        }
        String text = op.template();
        for (int i = 0; i < out.size(); i++) {
            text = text.replace("{" + i + "}", out.get(i));
        }
        return text;
    }

    /** An argument Qlib loads as a series: it must be an expression, not a bare number. */
    private String series(QlibOperator op, QlibExpression arg) {
        if (arg instanceof Constant c) {
            throw new InvalidExpressionException(factorName, expression, op.qlibName(), op.qlibName()
                    + " needs an expression where the number " + c.text() + " is given");
        }
        return python(arg);
    }

    /**
     * Qlib's rolling operators read N = 0 as an expanding window and 0 < N < 1 as an EWM decay; both differ from a
     * window and are refused rather than translated as one.
     */
    private int window(QlibOperator op, QlibExpression arg) {
        return integer(op, arg, 1, "window");
    }

    private int integer(QlibOperator op, QlibExpression arg, int min, String what) {
        if (!(arg instanceof Constant c) || !c.isInteger() || Math.abs(c.value()) > 100_000 || c.value() < min) {
            String given = arg instanceof Constant c ? c.text() : "an expression";
            throw new InvalidExpressionException(factorName, expression, op.qlibName(), op.qlibName() + " needs an "
                    + (min == 1 ? "integer " + what + " of at least 1" : "integer " + what) + ", got " + given
                    + (min == 1 ? " (expanding and EWM forms are not translated)" : ""));
        }
        return (int) c.value();
    }

    private String quantile(QlibOperator op, QlibExpression arg) {
        if (!(arg instanceof Constant c) || c.value() < 0 || c.value() > 1) {
            throw new InvalidExpressionException(factorName, expression, op.qlibName(), op.qlibName()
                    + " needs a quantile between 0 and 1");
        }
        return c.text();
    }
}
