package rdresults.sync.internal.db;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The owner recorded in {@code sync_lock}, {@code host/pid/random} (see {@code SyncOptions.defaultOwner}): which
 * process on which host holds the lock, so a lock left by a killed run on this host can be taken over at once.
 *
 * @param host the host name the run recorded
 * @param pid  its process id on that host
 */
public record LockOwner(String host, long pid) {

    /** The host and pid in {@code owner}; empty when it is not of the form {@code host/pid/...}. */
    public static Optional<LockOwner> parse(String owner) {
        if (owner == null) {
            return Optional.empty();
        }
        String[] parts = owner.split("/", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[1].length() > 18
                || !parts[1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new LockOwner(parts[0], Long.parseLong(parts[1])));
    }

    /** This machine's host name as owners record it; {@code unknown-host} when it cannot be read. */
    public static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /**
     * Whether this owner is a process of {@code localHost} that has ended. A process of another host, or one still
     * running (even if the pid was reused since), is never called dead: only its lease can free the lock then.
     */
    public boolean isDeadOn(String localHost) {
        return host.equals(localHost) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
