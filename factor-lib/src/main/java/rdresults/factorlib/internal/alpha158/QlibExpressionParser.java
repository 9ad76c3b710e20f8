package rdresults.factorlib.internal.alpha158;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rdresults.factorlib.InvalidExpressionException;
import rdresults.factorlib.internal.alpha158.QlibExpression.Call;
import rdresults.factorlib.internal.alpha158.QlibExpression.Constant;
import rdresults.factorlib.internal.alpha158.QlibExpression.Field;

/**
 * Parses Qlib's expression language as Qlib evaluates it: {@code $name} becomes a feature, {@code Op(...)} an
 * operator of {@code ops.py}, and the rest is Python syntax evaluated on expression objects, so infix operators
 * keep Python's precedence ({@code **} over unary minus over {@code * /} over {@code + -} over {@code &} over
 * {@code |} over comparisons). A chained comparison ({@code a < b < c}) and unary minus on an expression (Qlib's
 * {@code Expression} has no {@code __neg__}) fail in Qlib and are refused here.
 */
public final class QlibExpressionParser {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:(?<num>(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)|(?<field>\\$[A-Za-z_][A-Za-z0-9_]*)"
                    + "|(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<op>\\*\\*|>=|<=|==|!=|[-+*/()<>,&|]))");
    private static final Map<String, QlibOperator> COMPARISONS = Map.of(">", QlibOperator.GT, ">=", QlibOperator.GE,
            "<", QlibOperator.LT, "<=", QlibOperator.LE, "==", QlibOperator.EQ, "!=", QlibOperator.NE);

    private record Token(String kind, String text, int position) {
    }

    private final String factorName;
    private final String source;
    private final List<Token> tokens;
    private int next;

    private QlibExpressionParser(String factorName, String source, List<Token> tokens) {
        this.factorName = factorName;
        this.source = source;
        this.tokens = tokens;
    }

    /**
     * Parses {@code expression} (of factor {@code factorName}, for messages; may be null).
     *
     * @throws InvalidExpressionException when it is malformed or names an operator {@link QlibOperator} lacks
     */
    public static QlibExpression parse(String factorName, String expression) {
        QlibExpressionParser p = new QlibExpressionParser(factorName, expression, tokenize(factorName, expression));
        QlibExpression e = p.comparison();
        if (p.next < p.tokens.size()) {
            throw p.error(null, "unexpected '" + p.peek().text() + "' at position " + p.peek().position());
        }
        return e;
    }

    private static List<Token> tokenize(String factorName, String expression) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        int at = 0;
        while (true) {
            while (at < expression.length() && Character.isWhitespace(expression.charAt(at))) {
                at++;
            }
            if (at >= expression.length()) {
                break;
            }
            m.region(at, expression.length());
            if (!m.lookingAt()) {
                throw new InvalidExpressionException(factorName, expression, null,
                        "unexpected character '" + expression.charAt(at) + "' at position " + at);
            }
            for (String kind : List.of("num", "field", "name", "op")) {
                if (m.group(kind) != null) {
                    out.add(new Token(kind, m.group(kind), m.start(kind)));
                }
            }
            at = m.end();
        }
        if (out.isEmpty()) {
            throw new InvalidExpressionException(factorName, expression, null, "empty expression");
        }
        return out;
    }

    private QlibExpression comparison() {
        QlibExpression left = or();
        QlibOperator op = peekIs("op") ? COMPARISONS.get(peek().text()) : null;
        if (op == null) {
            return left;
        }
        next++;
        QlibExpression right = or();
        if (peekIs("op") && COMPARISONS.containsKey(peek().text())) {
            throw error(null, "chained comparison at position " + peek().position()
                    + " (Python evaluates it with 'and', which Qlib expressions do not support)");
        }
        return new Call(op, List.of(left, right));
    }

    private QlibExpression or() {
        QlibExpression left = and();
        while (accept("|")) {
            left = new Call(QlibOperator.OR, List.of(left, and()));
        }
        return left;
    }

    private QlibExpression and() {
        QlibExpression left = additive();
        while (accept("&")) {
            left = new Call(QlibOperator.AND, List.of(left, additive()));
        }
        return left;
    }

    private QlibExpression additive() {
        QlibExpression left = multiplicative();
        while (true) {
            if (accept("+")) {
                left = new Call(QlibOperator.ADD, List.of(left, multiplicative()));
            } else if (accept("-")) {
                left = new Call(QlibOperator.SUB, List.of(left, multiplicative()));
            } else {
                return left;
            }
        }
    }

    private QlibExpression multiplicative() {
        QlibExpression left = unary();
        while (true) {
            if (accept("*")) {
                left = new Call(QlibOperator.MUL, List.of(left, unary()));
            } else if (accept("/")) {
                left = new Call(QlibOperator.DIV, List.of(left, unary()));
            } else {
                return left;
            }
        }
    }

    private QlibExpression unary() {
        if (peekIs("op") && (peek().text().equals("-") || peek().text().equals("+"))) {
            Token sign = tokens.get(next++);
            QlibExpression operand = unary();
            if (!(operand instanceof Constant c)) {
                throw error(null, "unary '" + sign.text() + "' on an expression at position " + sign.position()
                        + " (Qlib's Expression has no __neg__/__pos__; write 0-x)");
            }
            return sign.text().equals("+") ? c : negate(c);
        }
        return power();
    }

    private static Constant negate(Constant c) {
        return c.text().startsWith("-") ? new Constant(c.text().substring(1), -c.value())
                : new Constant("-" + c.text(), -c.value());
    }

    private QlibExpression power() {
        QlibExpression base = atom();
        if (accept("**")) {
            return new Call(QlibOperator.POWER, List.of(base, unary()));
        }
        return base;
    }

    private QlibExpression atom() {
        if (next >= tokens.size()) {
            throw error(null, "expression ends too early");
        }
        Token t = tokens.get(next++);
        switch (t.kind()) {
            case "num":
                return new Constant(t.text(), Double.parseDouble(t.text()));
            case "field":
                return new Field(t.text());
            case "name":
                return call(t);
            default:
                if (t.text().equals("(")) {
                    QlibExpression inner = comparison();
                    expect(")");
                    return inner;
                }
                throw error(null, "unexpected '" + t.text() + "' at position " + t.position());
        }
    }

    private QlibExpression call(Token name) {
        QlibOperator op = QlibOperator.byName(name.text()).orElseThrow(() -> error(name.text(),
                "unknown operator " + name.text() + " at position " + name.position()
                        + " (not one of the Qlib operators this translator knows)"));
        if (!accept("(")) {
            throw error(name.text(), "operator " + name.text() + " at position " + name.position()
                    + " is not called");
        }
        List<QlibExpression> args = new ArrayList<>();
        if (!accept(")")) {
            do {
                args.add(comparison());
            } while (accept(","));
            expect(")");
        }
        if (args.size() != op.shape().arity) {
            throw error(op.qlibName(), op.qlibName() + " takes " + op.shape().arity + " arguments, got "
                    + args.size());
        }
        return new Call(op, args);
    }

    private boolean accept(String text) {
        if (peekIs("op") && peek().text().equals(text)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String text) {
        if (!accept(text)) {
            throw error(null, next < tokens.size() ? "expected '" + text + "' at position " + peek().position()
                    + ", found '" + peek().text() + "'" : "expected '" + text + "' at the end");
        }
    }

    private boolean peekIs(String kind) {
        return next < tokens.size() && tokens.get(next).kind().equals(kind);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private InvalidExpressionException error(String operator, String message) {
        return new InvalidExpressionException(factorName, source, operator, message);
    }
}
