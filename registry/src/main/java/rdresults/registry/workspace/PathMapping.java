package rdresults.registry.workspace;

import rdresults.model.InvalidInputException;

/**
 * One explicit {@code FROM=TO} prefix rewrite for stored workspace paths, e.g.
 * {@code F:\Dev\RD-Agent-main=/data/rdagent}. Prefixes compare with separators normalised to {@code /}; Windows
 * drive prefixes compare case-insensitively.
 */
public record PathMapping(String from, String to) {

    public PathMapping {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new InvalidInputException("path map needs FROM=TO with both sides non-empty");
        }
    }

    /** Parses {@code FROM=TO} (split at the first {@code =}). */
    public static PathMapping parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new InvalidInputException("invalid path map '" + text + "': expected FROM=TO, "
                    + "e.g. /mnt/f/Dev/RD-Agent-main=/srv/rdagent");
        }
        return new PathMapping(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    @Override
    public String toString() {
        return from + "=" + to;
    }
}
