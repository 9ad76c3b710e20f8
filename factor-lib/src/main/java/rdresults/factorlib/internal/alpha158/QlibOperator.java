package rdresults.factorlib.internal.alpha158;

import java.util.Arrays;
import java.util.Optional;

/**
 * The operators of Qlib's {@code qlib/data/ops.py} (microsoft/qlib) this translator knows, each with its argument
 * shape and the pandas helper of {@code alpha158.py} that implements it. Each helper's Python text (in
 * {@link Alpha158Prelude}) states the operator's rule as Qlib computes it, beside the translation.
 *
 * <p>Not translated (an expression using them is refused, naming the operator): {@code Mask} (reads another
 * instrument), {@code Skew}, {@code Kurt}, {@code Count}, {@code Not}, {@code TResample}, {@code ChangeInstrument}
 * and the point-in-time {@code P*} operators, as well as windows of 0 (expanding) or below 1 (EWM) for the rolling
 * operators.
 */
public enum QlibOperator {
    // infix: Python operators on Qlib expressions (qlib/data/base.py dunder methods)
    ADD("Add", Shape.BINARY, "({0} + {1})"),
    SUB("Sub", Shape.BINARY, "({0} - {1})"),
    MUL("Mul", Shape.BINARY, "({0} * {1})"),
    DIV("Div", Shape.BINARY, "({0} / {1})"),
    POWER("Power", Shape.BINARY, "_power({0}, {1})"),
    GT("Gt", Shape.BINARY, "_gt({0}, {1})"),
    GE("Ge", Shape.BINARY, "_ge({0}, {1})"),
    LT("Lt", Shape.BINARY, "_lt({0}, {1})"),
    LE("Le", Shape.BINARY, "_le({0}, {1})"),
    EQ("Eq", Shape.BINARY, "_eq({0}, {1})"),
    NE("Ne", Shape.BINARY, "_ne({0}, {1})"),
    AND("And", Shape.BINARY, "_and({0}, {1})"),
    OR("Or", Shape.BINARY, "_or({0}, {1})"),
    // element-wise
    ABS("Abs", Shape.UNARY, "_abs({0})"),
    SIGN("Sign", Shape.UNARY, "_sign({0})"),
    LOG("Log", Shape.UNARY, "_log({0})"),
    GREATER("Greater", Shape.BINARY, "_greater({0}, {1})"),
    LESS("Less", Shape.BINARY, "_less({0}, {1})"),
    IF("If", Shape.TERNARY, "_if({0}, {1}, {2})"),
    // per-instrument time series
    REF("Ref", Shape.SHIFT, "_ref({0}, {1})"),
    DELTA("Delta", Shape.WINDOW, "_delta({0}, {1})"),
    MEAN("Mean", Shape.WINDOW, "_mean({0}, {1})"),
    SUM("Sum", Shape.WINDOW, "_sum({0}, {1})"),
    STD("Std", Shape.WINDOW, "_std({0}, {1})"),
    VAR("Var", Shape.WINDOW, "_var({0}, {1})"),
    MAX("Max", Shape.WINDOW, "_max({0}, {1})"),
    MIN("Min", Shape.WINDOW, "_min({0}, {1})"),
    MED("Med", Shape.WINDOW, "_med({0}, {1})"),
    MAD("Mad", Shape.WINDOW, "_mad({0}, {1})"),
    IDXMAX("IdxMax", Shape.WINDOW, "_idxmax({0}, {1})"),
    IDXMIN("IdxMin", Shape.WINDOW, "_idxmin({0}, {1})"),
    QUANTILE("Quantile", Shape.WINDOW_QUANTILE, "_quantile({0}, {1}, {2})"),
    RANK("Rank", Shape.WINDOW, "_rank({0}, {1})"),
    SLOPE("Slope", Shape.WINDOW, "_slope({0}, {1})"),
    RSQUARE("Rsquare", Shape.WINDOW, "_rsquare({0}, {1})"),
    RESI("Resi", Shape.WINDOW, "_resi({0}, {1})"),
    WMA("WMA", Shape.WINDOW, "_wma({0}, {1})"),
    EMA("EMA", Shape.WINDOW, "_ema({0}, {1})"),
    CORR("Corr", Shape.PAIR_WINDOW, "_corr({0}, {1}, {2})"),
    COV("Cov", Shape.PAIR_WINDOW, "_cov({0}, {1}, {2})");

    /** The arguments an operator takes. */
    enum Shape {
        /** One expression. */
        UNARY(1),
        /** Two expressions or numbers. */
        BINARY(2),
        /** Condition, then-value, else-value. */
        TERNARY(3),
        /** An expression and an integer period (any sign). */
        SHIFT(2),
        /** An expression and an integer window of at least 1. */
        WINDOW(2),
        /** An expression, an integer window of at least 1 and a quantile in [0, 1]. */
        WINDOW_QUANTILE(3),
        /** Two expressions and an integer window of at least 1. */
        PAIR_WINDOW(3);

        final int arity;

        Shape(int arity) {
            this.arity = arity;
        }
    }

    private final String qlibName;
    private final Shape shape;
    private final String template;

    QlibOperator(String qlibName, Shape shape, String template) {
        this.qlibName = qlibName;
        this.shape = shape;
        this.template = template;
    }

    /** The class name in Qlib's {@code ops.py}. */
    public String qlibName() {
        return qlibName;
    }

    Shape shape() {
        return shape;
    }

    /** Python text with {@code {0}}, {@code {1}}, ... standing for the translated arguments. */
    String template() {
        return template;
    }

    /** The operator called by this name in an expression ({@code Mean(...)}); case-sensitive, as in Qlib. */
    public static Optional<QlibOperator> byName(String name) {
        return Arrays.stream(values()).filter(o -> o.qlibName.equals(name)).findFirst();
    }
}
