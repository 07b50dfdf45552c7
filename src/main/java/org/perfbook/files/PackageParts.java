package org.perfbook.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.TempFile;

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

    /** Saves a package (a workbook's or a document's {@code write}). */
    @FunctionalInterface
    public interface Save {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The fastest level: pictures are compressed already, and it still takes most of what is left. */
    static final int LEVEL = Deflater.BEST_SPEED;

    private PackageParts() {
    }

    /**
     * Saves with {@code save} to a temporary file, then writes the package to {@code out} with the
     * named parts filled in ({@link #fillIn}).
     */
    public static void write(Save save, Map<String, Content> parts, OutputStream out) throws IOException {
        Path draft = TempFile.createTempFile("perfbook-package", ".zip").toPath();
        try {
            try (OutputStream d = Files.newOutputStream(draft)) {
                save.writeTo(d);
            }
            fillIn(draft, parts, out);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** The picture parts of a package about to be saved, by zip entry name, with what each holds now. */
    public static Map<String, byte[]> pictures(OPCPackage pkg) throws IOException {
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        try {
            for (PackagePart part : pkg.getParts()) {
                if (part.getContentType().startsWith("image/")) {
                    try (InputStream in = part.getInputStream()) {
                        pictures.put(part.getPartName().getName().substring(1), in.readAllBytes());
                    }
                }
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("a package being written has a part POI cannot list", e);
        }
        return pictures;
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
            zos.setLevel(LEVEL);
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
                if (content instanceof SharedPart shared) {
                    SharedPart.Deflated d = shared.deflated();
                    filled.setCrc(d.crc());
                    filled.setSize(d.size());
                    filled.setCompressedSize(d.compressedSize());
                    try (InputStream raw = Files.newInputStream(d.file())) {
                        zos.addRawArchiveEntry(filled, raw);
                    }
                    done.add(entry.getName());
                    continue;
                }
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
