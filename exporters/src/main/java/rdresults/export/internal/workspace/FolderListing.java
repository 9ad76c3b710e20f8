package rdresults.export.internal.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import rdresults.model.PythonJson;

/**
 * One walk of a workspace folder (one {@code lstat} per entry), from which every "is there a file / folder named
 * ..." question of the exporters is answered. It gives exactly what the separate calls it replaces gave:
 * {@code Files.list} for the root names, {@code Files.walk} filtered by {@code Files.isRegularFile} for the
 * recursive files (symbolic links are not descended but a link to a file counts as a file; a walk that fails stops
 * there, keeping what it found), and {@code Files.isRegularFile} / {@code isDirectory} / {@code exists}, which
 * follow links, for the kinds of the root entries.
 */
final class FolderListing {

    /** What a root entry is, links followed; {@code MISSING} for a dangling link. */
    enum Kind { FILE, DIRECTORY, OTHER, MISSING }

    private final Map<String, Kind> root;
    private final List<String> files;
    private final List<String> filesInGlobOrder;
    private final String listFailure;
    private final String walkFailure;

    private FolderListing(Map<String, Kind> root, List<String> files, List<String> filesInGlobOrder,
                          String listFailure, String walkFailure) {
        this.root = root;
        this.files = files;
        this.filesInGlobOrder = filesInGlobOrder;
        this.listFailure = listFailure;
        this.walkFailure = walkFailure;
    }

    static FolderListing of(Path folder) {
        Walker walker = new Walker(folder);
        try {
            Files.walkFileTree(folder, walker);
        } catch (IOException e) {
            walker.failed(e);
        }
        if (walker.folderIsALink) {
            // the walk does not enter a linked start folder (so Files.walk found no files), Files.list does
            return listLinkedFolder(folder);
        }
        List<String> globOrder = walker.filesInGlobOrder();
        walker.files.sort(PythonJson::compareCodePoints);
        return new FolderListing(walker.root, Collections.unmodifiableList(walker.files), globOrder,
                walker.listFailure, walker.walkFailure);
    }

    private static FolderListing listLinkedFolder(Path folder) {
        Map<String, Kind> root = new HashMap<>();
        String listFailure = null;
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> root.put(p.getFileName().toString(), followedKind(p)));
        } catch (IOException e) {
            listFailure = e.getMessage();
        }
        return new FolderListing(root, List.of(), List.of(), listFailure, null);
    }

    /** Whether the root entries are known; when the folder could not be listed, ask the file system instead. */
    boolean rootListed() {
        return listFailure == null;
    }

    /** The kind of root entry {@code name} (absent names are {@link Kind#MISSING}); needs {@link #rootListed()}. */
    Kind kind(String name) {
        return root.getOrDefault(name, Kind.MISSING);
    }

    /** Every root entry name (dangling links included), unsorted. */
    List<String> rootNames() {
        return new ArrayList<>(root.keySet());
    }

    /** Recursive regular files, {@code /}-separated, sorted by code point. */
    List<String> files() {
        return files;
    }

    /**
     * The recursive regular files in the order Python's {@code Path.rglob} yields them: folders depth first, each
     * folder's own files before its subfolders', all in the order the file system lists them (unsorted, as
     * {@code os.scandir} returns them). Reproduces the choices the Python exporters make by "first found".
     */
    List<String> filesInGlobOrder() {
        return filesInGlobOrder;
    }

    /** Why the folder could not be listed (as {@code Files.list} reported it), or null. */
    String listFailure() {
        return listFailure;
    }

    /** Why the walk stopped early (as {@code Files.walk} reported it), or null. */
    String walkFailure() {
        return walkFailure;
    }

    /** The kind of {@code path} with links followed, as {@code Files.isRegularFile}/{@code isDirectory} see it. */
    static Kind followedKind(Path path) {
        try {
            return kindOf(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return Kind.MISSING;
        }
    }

    private static Kind kindOf(BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
            return Kind.FILE;
        }
        return attrs.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
    }

    /** Collects root kinds and recursive files in one walk. Not thread-safe; used by one {@link #of} call. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path folder;
        /** The folder's path and separator: entries' relative names are cut from their paths as text. */
        private final String prefix;
        private final Map<String, Kind> root = new HashMap<>();
        private final List<String> files = new ArrayList<>();
        /** Per found file, the visit number of its folder (the walk visits folders depth first, listing order). */
        private final List<Integer> fileFolder = new ArrayList<>();
        private final Map<Path, Integer> folderVisit = new HashMap<>();
        private String listFailure;
        private String walkFailure;
        private boolean folderIsALink;

        Walker(Path folder) {
            this.folder = folder;
            String separator = folder.getFileSystem().getSeparator();
            String path = folder.toString();
            this.prefix = path.endsWith(separator) ? path : path + separator;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            folderVisit.put(dir, folderVisit.size());
            if (dir.equals(folder)) {
                return FileVisitResult.CONTINUE;
            }
            if (isRootEntry(dir)) {
                root.put(relative(dir), Kind.DIRECTORY);
            }
            // after a failure only root names are still wanted, as Files.list lists them all
            return walkFailure == null ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (file.equals(folder)) {
                folderIsALink = true;
                return FileVisitResult.TERMINATE;
            }
            Kind kind = attrs.isSymbolicLink() ? followedKind(file) : kindOf(attrs);
            if (isRootEntry(file)) {
                root.put(relative(file), kind);
            }
            if (walkFailure == null && kind == Kind.FILE) {
                files.add(relative(file).replace('\\', '/'));
                fileFolder.add(folderVisit.getOrDefault(file.getParent(), 0));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.equals(folder)) {
                failed(e);
                return FileVisitResult.TERMINATE;
            }
            if (isRootEntry(file)) {
                root.put(relative(file), followedKind(file));
            }
            walkFailedAt(e);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                if (dir.equals(folder)) {
                    listFailure = e.getMessage();
                }
                walkFailedAt(e);
            }
            return FileVisitResult.CONTINUE;
        }

        /** The files found so far, each folder's own files together, folders in visit order (a stable sort). */
        List<String> filesInGlobOrder() {
            Integer[] order = new Integer[files.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(fileFolder::get));
            List<String> out = new ArrayList<>(order.length);
            for (Integer i : order) {
                out.add(files.get(i));
            }
            return Collections.unmodifiableList(out);
        }

        /** The folder itself cannot be read: neither list nor walk gets anything. */
        void failed(IOException e) {
            listFailure = e.getMessage();
            walkFailure = e.getMessage();
        }

        /** Files.walk throws an UncheckedIOException wrapping the first failure below the folder and stops. */
        private void walkFailedAt(IOException e) {
            if (walkFailure == null) {
                walkFailure = new UncheckedIOException(e).getMessage();
            }
        }

        /** Entries below the folder have paths that start with its path; cheaper than {@code relativize}. */
        private String relative(Path p) {
            return p.toString().substring(prefix.length());
        }

        private boolean isRootEntry(Path p) {
            return relative(p).indexOf(p.getFileSystem().getSeparator().charAt(0)) < 0;
        }
    }
}
