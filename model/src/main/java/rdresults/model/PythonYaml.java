package rdresults.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML read the way PyYAML's {@code yaml.safe_load} reads it, converted to JSON nodes as Python's
 * {@code json.dump(..., default=str)} would then write it.
 *
 * <p>The differences from SnakeYAML's defaults matter for exported values and hashed IDs: PyYAML only takes
 * {@code 1.0e-5} (dot, signed exponent) as a float, so {@code 2e-05} stays a string; timestamps become
 * {@code str(date)} / {@code str(datetime)} text. Anchors, aliases and merge keys resolve.
 */
public final class PythonYaml {

    private static final int MAX_DOCUMENT_CODE_POINTS = 64 * 1024 * 1024;
    private static final int MAX_ALIASES = 10_000;

    private PythonYaml() {
    }

    /**
     * Loads one YAML document.
     *
     * @param what names the input in error messages, e.g. a file path
     * @return the document as a node; an empty document gives a null node
     * @throws InvalidInputException when the text is not valid YAML
     */
    public static JsonNode load(String text, String what) {
        return loader().load(text, what);
    }

    /** As {@link #load(String, String)}, and the root must be a mapping (as every RD-Agent config is). */
    public static ObjectNode loadMapping(String text, String what) {
        return loader().loadMapping(text, what);
    }

    /** A loader for many documents in a row, which sets SnakeYAML up once instead of per document. */
    public static Loader loader() {
        return new Loader();
    }

    /**
     * Loads documents as {@link PythonYaml#load} does, reusing one SnakeYAML set-up (which costs about as much as
     * loading a small document). Not thread-safe: use one per thread.
     */
    public static final class Loader {

        /** Plain scalars typed and constructed before, by text: configs repeat the same ones (bounded). */
        private static final int MAX_REMEMBERED = 8192;

        private final PyResolver resolver = new PyResolver();
        private final PyConstructor constructor = new PyConstructor(loaderOptions());
        private final Map<String, Object> plainScalars = new HashMap<>();
        private Yaml yaml = newYaml();

        private Loader() {
        }

        /** As {@link PythonYaml#load(String, String)}. */
        public JsonNode load(String text, String what) {
            Map<Object, Object> block = block(text);
            return node(block != null ? block : parse(text, what));
        }

        /** The document as {@link BlockYamlReader} reads it, or null when the full parser is to read it. */
        Map<Object, Object> block(String text) {
            try {
                return BlockYamlReader.read(text, this::plainScalar);
            } catch (YAMLException | IllegalArgumentException e) {
                return null; // a scalar SnakeYAML's constructor refuses: the full parse reports it as for any error
            }
        }

        /** The document as SnakeYAML with PyYAML's rules builds it (what {@link BlockYamlReader} must equal). */
        Object parse(String text, String what) {
            Object value = null;
            boolean loaded = false;
            try {
                value = yaml.load(text);
                loaded = true;
            } catch (YAMLException e) {
                throw new InvalidInputException("invalid YAML in " + what + ": " + firstLine(e.getMessage()), e);
            } finally {
                if (!loaded) {
                    // a failed load may leave SnakeYAML half-way through a document: start afresh
                    yaml = newYaml();
                }
            }
            return value;
        }

        /** The value PyYAML gives the plain (unquoted) scalar {@code text}: resolved by its text, then built. */
        private Object plainScalar(String text) {
            Object value = plainScalars.get(text);
            if (value == null && !plainScalars.containsKey(text)) {
                value = constructor.plain(resolver.resolve(NodeId.scalar, text, true), text);
                if (plainScalars.size() >= MAX_REMEMBERED) {
                    plainScalars.clear();
                }
                plainScalars.put(text, value);
            }
            return value;
        }

        /** As {@link PythonYaml#loadMapping(String, String)}. */
        public ObjectNode loadMapping(String text, String what) {
            JsonNode node = load(text, what);
            if (!node.isObject()) {
                throw new InvalidInputException("YAML root is not a mapping in " + what);
            }
            return (ObjectNode) node;
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = loaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new PyConstructor(options), new Representer(dumper), dumper, options, new PyResolver());
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(true);
        return options;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        return message.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    /** The node a loaded value (maps, lists, scalars as SnakeYAML builds them) becomes. */
    static JsonNode node(Object value) {
        return toNode(value, JsonNodeFactory.instance);
    }

    private static JsonNode toNode(Object value, JsonNodeFactory f) {
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = f.objectNode();
            map.forEach((k, v) -> node.set(key(k), toNode(v, f)));
            return node;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode node = f.arrayNode(list.size());
            list.forEach(v -> node.add(toNode(v, f)));
            return node;
        }
        if (value instanceof String s) {
            return f.textNode(s);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        if (value instanceof BigInteger b) {
            return f.numberNode(b);
        }
        if (value instanceof Double d) {
            return f.numberNode(d);
        }
        if (value instanceof byte[] bytes) {
            return f.textNode("b'" + Base64.getEncoder().encodeToString(bytes) + "'");
        }
        return f.textNode(value.toString());
    }

    /** {@code json.dump} turns non-string keys into strings the way {@code str()}/JSON literals spell them. */
    private static String key(Object k) {
        if (k == null) {
            return "null";
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k instanceof Double d) {
            return PythonFloats.repr(d);
        }
        return k.toString();
    }

    /**
     * PyYAML 1.1 implicit resolvers (yaml/resolver.py), which differ from SnakeYAML's for floats. A plain scalar's
     * tag depends on its text alone, and the configs RD-Agent writes repeat the same keys and values over and over:
     * the tags found are remembered (bounded) instead of running the regexes again, which was most of a parse's
     * cost. One instance per loader, so per thread.
     */
    private static final class PyResolver extends Resolver {

        private static final int MAX_REMEMBERED = 8192;

        private final Map<String, Tag> plainScalarTags = new HashMap<>();

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind != NodeId.scalar || !implicit) {
                return super.resolve(kind, value, implicit);
            }
            Tag tag = plainScalarTags.get(value);
            if (tag == null) {
                tag = super.resolve(kind, value, true);
                if (plainScalarTags.size() >= MAX_REMEMBERED) {
                    plainScalarTags.clear();
                }
                plainScalarTags.put(value, tag);
            }
            return tag;
        }

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, PyPatterns.BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.FLOAT, PyPatterns.FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.INT, PyPatterns.INT, "-+0123456789");
            addImplicitResolver(Tag.MERGE, PyPatterns.MERGE, "<");
            addImplicitResolver(Tag.NULL, PyPatterns.NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, PyPatterns.EMPTY, null);
            addImplicitResolver(Tag.TIMESTAMP, PyPatterns.TIMESTAMP, "0123456789");
        }
    }

    /** Safe constructor whose timestamps are Python {@code str()} text instead of {@code java.util.Date}. */
    private static final class PyConstructor extends SafeConstructor {

        PyConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructTimestampText());
            this.yamlConstructors.put(Tag.FLOAT, new ConstructPyFloat());
        }

        /** The value of a plain scalar {@code text} that resolved to {@code tag}, as a document load builds it. */
        Object plain(Tag tag, String text) {
            ScalarNode node = new ScalarNode(tag, text, null, null, DumperOptions.ScalarStyle.PLAIN);
            return getConstructor(node).construct(node);
        }

        private final class ConstructTimestampText extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return PyTimestamps.toPythonStr(constructScalar((ScalarNode) node));
            }
        }

        /** PyYAML's construct_yaml_float; always a double, never an integer type. */
        private final class ConstructPyFloat extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String value = constructScalar((ScalarNode) node).replace("_", "").toLowerCase(java.util.Locale.ROOT);
                double sign = 1;
                if (value.startsWith("-")) {
                    sign = -1;
                    value = value.substring(1);
                } else if (value.startsWith("+")) {
                    value = value.substring(1);
                }
                if (value.equals(".inf")) {
                    return sign * Double.POSITIVE_INFINITY;
                }
                if (value.equals(".nan")) {
                    return Double.NaN;
                }
                if (value.contains(":")) {
                    double result = 0;
                    double base = 1;
                    List<String> parts = List.of(value.split(":"));
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        result += Double.parseDouble(parts.get(i)) * base;
                        base *= 60;
                    }
                    return sign * result;
                }
                return sign * Double.parseDouble(value);
            }
        }
    }
}
