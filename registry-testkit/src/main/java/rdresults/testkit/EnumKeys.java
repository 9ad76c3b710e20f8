package rdresults.testkit;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses the snake_case keys that command lines and GENERATED_BY.json use for the public option enums. */
final class EnumKeys {

    private EnumKeys() {
    }

    /**
     * The constant whose key or constant name equals {@code text}, ignoring case.
     *
     * @param what names the kind of value in the error message, e.g. {@code "path style"}
     * @throws IllegalArgumentException naming the value and every key allowed
     */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> key, String text, String what) {
        for (E value : values) {
            if (key.apply(value).equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + ": " + text + " (expected one of "
                + Arrays.stream(values).map(key).collect(Collectors.joining(", ")) + ")");
    }
}
