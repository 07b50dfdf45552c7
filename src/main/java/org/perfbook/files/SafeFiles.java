package org.perfbook.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
        Path tmp = temporaryBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Files that belong together (a book and the report made from it), each written in full under a
     * temporary name and moved into place only when all of them are written; closing without
     * {@link #commit} leaves every previous version as it was.
     */
    public static final class Together implements AutoCloseable {
        private final Map<Path, Path> drafts = new LinkedHashMap<>();

        /** Where to write {@code file} for now: a temporary name beside it. */
        public synchronized Path draft(Path file) throws IOException {
            Path target = file.toAbsolutePath().normalize();
            Path draft = temporaryBeside(target);
            drafts.put(target, draft);
            return draft;
        }

        /** Moves every draft into place. */
        public synchronized void commit() throws IOException {
            for (Map.Entry<Path, Path> d : drafts.entrySet()) {
                move(d.getValue(), d.getKey());
            }
            drafts.clear();
        }

        @Override
        public synchronized void close() throws IOException {
            for (Path draft : drafts.values()) {
                Files.deleteIfExists(draft);
            }
            drafts.clear();
        }
    }

    /** A new temporary name in the target's folder (made if need be), a killed run's leftovers removed. */
    private static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would carry over to the file
        String name = target.getFileName().toString();
        removeLeftovers(folder, name);
        return folder.resolve(FileNames.temporaryName(name, UUID.randomUUID().toString()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so a plain move is still a rename where the file system refuses ATOMIC_MOVE
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A run killed mid-write leaves its temporary file; the next write of the same file removes it. Only
     * names of perfbook's own pattern (".<name>.<uuid>.tmp") are touched. Each folder is listed once, at
     * its first write, not at every write: a folder of thousands of charts made listing it for each
     * file cost more than drawing them. A run's own temporary files are never left behind (see
     * {@link #write}), so what that listing found is all there is to remove.
     */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        Map<String, List<Path>> found;
        try {
            found = LEFTOVERS.computeIfAbsent(folder, SafeFiles::leftovers);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String prefix = FileNames.temporaryName(name, "");
        List<Path> mine;
        synchronized (found) {
            mine = found.remove(prefix.substring(0, prefix.length() - ".tmp".length()));
        }
        if (mine != null) {
            for (Path p : mine) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The leftovers in {@code folder} by the start of their name, ".<name>." */
    private static Map<String, List<Path>> leftovers(Path folder) {
        Map<String, List<Path>> found = new HashMap<>();
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : stale) {
                String n = p.getFileName().toString();
                int uuid = n.length() - UUID_AND_SUFFIX;
                if (uuid > 1 && LEFTOVER.matcher(n.substring(uuid)).matches()) {
                    found.computeIfAbsent(n.substring(0, uuid), k -> new ArrayList<>()).add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Folders listed for leftovers in this run, with those not yet removed. */
    private static final ConcurrentMap<Path, Map<String, List<Path>>> LEFTOVERS = new ConcurrentHashMap<>();
    private static final int UUID_AND_SUFFIX = "01234567-89ab-cdef-0123-456789abcdef.tmp".length();
    private static final Pattern LEFTOVER = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
}
