package org.perfbook.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Fills in parts of a saved Office package after the save. POI keeps every part of a package it
 * writes in memory until the save, so a writer with many large parts (pictures) saves small
 * stand-ins instead and this copies the package with the real contents streamed into their places.
 * Other entries are copied as they are compressed, without inflating them.
 */
public final class PackageParts {

    /** Where a part's real contents come from. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private PackageParts() {
    }

    /**
     * Copies the package {@code saved} to {@code out}, with each entry named in {@code parts} (zip
     * entry names, e.g. {@code xl/media/image1.png}) replaced by its content. Every named part must be
     * in the package.
     */
    public static void fillIn(Path saved, Map<String, Content> parts, OutputStream out) throws IOException {
        Set<String> done = new HashSet<>();
        try (ZipFile zip = ZipFile.builder().setPath(saved).get();
                ZipArchiveOutputStream zos = new ZipArchiveOutputStream(new BufferedOutputStream(out, 64 * 1024))) {
            zos.setUseZip64(Zip64Mode.Never);
            // the fastest level: pictures are compressed already, and it still takes most of what is left
            zos.setLevel(Deflater.BEST_SPEED);
            for (Enumeration<ZipArchiveEntry> en = zip.getEntriesInPhysicalOrder(); en.hasMoreElements();) {
                ZipArchiveEntry entry = en.nextElement();
                Content content = parts.get(entry.getName());
                if (content == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        zos.addRawArchiveEntry(entry, raw);
                    }
                    continue;
                }
                ZipArchiveEntry filled = new ZipArchiveEntry(entry.getName());
                filled.setMethod(ZipArchiveEntry.DEFLATED);
                filled.setTime(entry.getTime());
                zos.putArchiveEntry(filled);
                try (InputStream in = content.open()) {
                    in.transferTo(zos);
                }
                zos.closeArchiveEntry();
                done.add(entry.getName());
            }
            zos.finish();
        }
        if (!done.containsAll(parts.keySet())) {
            throw new IllegalStateException("parts missing from the saved package: "
                    + parts.keySet().stream().filter(p -> !done.contains(p)).toList());
        }
    }
}
