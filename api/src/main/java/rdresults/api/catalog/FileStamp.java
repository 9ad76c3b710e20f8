package rdresults.api.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Size and modification time of a file: cheap to read, and changes whenever the file is replaced. */
record FileStamp(long size, long modifiedMillis) {

    static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(a.size(), a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
