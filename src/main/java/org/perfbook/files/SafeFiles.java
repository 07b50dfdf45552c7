package org.perfbook.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every file perfbook writes goes to a temporary name in the same folder and is moved into place
 * when complete, so a failure never leaves half a file and the previous version survives.
 */
public final class SafeFiles {

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would carry over to the file
        String name = target.getFileName().toString();
        removeLeftovers(folder, name);
        Path tmp = folder.resolve(FileNames.temporaryName(name, UUID.randomUUID().toString()));
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // same folder, so a plain move is still a rename where the file system refuses ATOMIC_MOVE
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A run killed mid-write leaves its temporary file; the next write of the same file removes it. Only
     * names of perfbook's own pattern (".<name>.<uuid>.tmp") are touched.
     */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        String prefix = FileNames.temporaryName(name, "");
        prefix = prefix.substring(0, prefix.length() - ".tmp".length());
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : stale) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && LEFTOVER.matcher(n.substring(prefix.length())).matches()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static final Pattern LEFTOVER = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
}
