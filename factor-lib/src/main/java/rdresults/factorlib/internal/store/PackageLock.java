package rdresults.factorlib.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import rdresults.factorlib.FactorLibIoException;
import rdresults.factorlib.PackageLockedException;

/**
 * The exclusive OS lock on {@code ROOT/.rd_factors_lib.lock} that serializes publishers across processes. Within one
 * JVM the OS lock cannot be taken twice ({@link OverlappingFileLockException}), and there is deliberately no static
 * registry of locks; so a second {@code FactorPackage} on the same root polls until the first releases, with
 * back-off, up to the timeout. Threads sharing one {@code FactorPackage} queue on its own lock before getting here.
 */
public final class PackageLock implements AutoCloseable {

    private static final long MAX_BACKOFF_MILLIS = 200;

    private final Path lockFile;
    private final FileChannel channel;

    private PackageLock(Path lockFile, FileChannel channel) {
        this.lockFile = lockFile;
        this.channel = channel;
    }

    /**
     * Takes the lock, waiting up to {@code timeout}.
     *
     * @throws PackageLockedException when another holder keeps it longer, or the wait is interrupted
     */
    public static PackageLock acquire(Path lockFile, Duration timeout) {
        FileChannel channel = open(lockFile);
        long deadline = System.nanoTime() + timeout.toNanos();
        long backoff = 5;
        try {
            while (true) {
                FileLock lock = tryLock(channel, lockFile);
                if (lock != null) {
                    return new PackageLock(lockFile, channel);
                }
                if (System.nanoTime() > deadline) {
                    throw new PackageLockedException(lockFile, timeout);
                }
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel, e);
            throw new PackageLockedException(lockFile, timeout);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    private static FileChannel open(Path lockFile) {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new FactorLibIoException(lockFile, "open lock file", e);
        }
    }

    /** Null while someone else holds the lock, in this process or another. */
    private static FileLock tryLock(FileChannel channel, Path lockFile) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            throw new FactorLibIoException(lockFile, "lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel, Exception primary) {
        try {
            channel.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    /** Releases the lock; closing the channel releases it too, so one close suffices. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new FactorLibIoException(lockFile, "release package lock", e);
        }
    }
}
