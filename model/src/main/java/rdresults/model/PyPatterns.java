package rdresults.model;

import java.util.regex.Pattern;

/** PyYAML's implicit-resolver regular expressions, verbatim in meaning (yaml/resolver.py, YAML 1.1). */
final class PyPatterns {

    static final Pattern BOOL = Pattern.compile(
            "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");

    static final Pattern FLOAT = Pattern.compile("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN))$");

    static final Pattern INT = Pattern.compile("^(?:[-+]?0b[0-1_]+"
            + "|[-+]?0[0-7_]+"
            + "|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");

    static final Pattern MERGE = Pattern.compile("^(?:<<)$");

    static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

    static final Pattern EMPTY = Pattern.compile("^$");

    static final Pattern TIMESTAMP = Pattern.compile("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
            + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$");

    private PyPatterns() {
    }
}
