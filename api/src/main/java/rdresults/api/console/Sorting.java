package rdresults.api.console;

import java.util.Comparator;
import java.util.function.Function;

/** Table orders: numbers with absent values last whichever the direction, text by code point. */
final class Sorting {

    private Sorting() {
    }

    static <T> Comparator<T> byNum(Function<T, Num> num, boolean descending) {
        return (a, b) -> {
            Num x = num.apply(a);
            Num y = num.apply(b);
            if (!x.present() || !y.present()) {
                return Boolean.compare(!x.present(), !y.present());
            }
            int c = Double.compare(x.value(), y.value());
            return descending ? -c : c;
        };
    }

    static <T> Comparator<T> byText(Function<T, String> text, boolean descending) {
        Comparator<T> c = Comparator.comparing(t -> text.apply(t) == null ? "" : text.apply(t));
        return descending ? c.reversed() : c;
    }
}
