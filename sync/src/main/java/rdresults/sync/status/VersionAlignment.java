package rdresults.sync.status;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether the factor implementations the synced catalog points at ({@code impl_version}) match the locally
 * installed {@code rd_factors_lib}. The synced version is the newest published package version when the API
 * publishes versions, else the newest {@code impl_version} among live factors.
 */
public final class VersionAlignment {

    /** The verdict. */
    public enum State {
        ALIGNED,
        MISALIGNED,
        /** No {@code rd_factors_lib} version found under the given root. */
        NOT_INSTALLED,
        /** No synced factor carries an {@code impl_version}, and no package version is published. */
        NOTHING_SYNCED,
        /** No factor library root was given. */
        NOT_CHECKED
    }

    private final State state;
    private final String installed;
    private final String synced;
    private final Map<String, Long> factorsPerImplVersion;
    private final String detail;

    public VersionAlignment(State state, String installed, String synced, Map<String, Long> factorsPerImplVersion,
            String detail) {
        this.state = state;
        this.installed = installed;
        this.synced = synced;
        this.factorsPerImplVersion = java.util.Collections.unmodifiableMap(new TreeMap<>(factorsPerImplVersion));
        this.detail = detail;
    }

    public State state() {
        return state;
    }

    public boolean isAligned() {
        return state == State.ALIGNED;
    }

    /** The installed {@code rd_factors_lib} version. */
    public Optional<String> installedVersion() {
        return Optional.ofNullable(installed);
    }

    /** The version the synced data points at. */
    public Optional<String> syncedVersion() {
        return Optional.ofNullable(synced);
    }

    /** Live factors per {@code impl_version}, sorted by version text. */
    public Map<String, Long> factorsPerImplVersion() {
        return factorsPerImplVersion;
    }

    /** One line for people, e.g. {@code aligned: installed 1.0.8 = synced 1.0.8}. */
    public String describe() {
        return detail;
    }
}
