package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks on the zip container of a written workbook that readers older than current Excel rely on:
 * no entry marked as Zip64 (neither the extra field, header id 0x0001, nor version 4.5 in a header)
 * and every entry dated now, not 1980.
 */
public final class ZipEntries {

    private static final int ZIP64_EXTRA = 0x0001;
    private static final int ZIP64_VERSION = 45;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL = 0x06054b50;

    private ZipEntries() {
    }

    public static void assertPlainAndDated(Path file) throws IOException {
        Instant now = Instant.now();
        int dated = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                Instant time = Instant.ofEpochMilli(e.getTime());
                assertTrue(time.isAfter(now.minus(Duration.ofDays(1))) && time.isBefore(now.plus(Duration.ofDays(1))),
                        e.getName() + " is dated " + time);
                dated++;
            }
        }
        assertTrue(dated > 0, "no entries in " + file);
        assertEquals(dated, checkHeaders(file), "entries in the central directory");
    }

    /** Walks the central directory and each entry's local header; returns how many entries it saw. */
    private static int checkHeaders(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int end = b.limit() - 22;
        while (end >= 0 && b.getInt(end) != END_OF_CENTRAL) {
            end--;
        }
        assertTrue(end >= 0, "no end of central directory in " + file);
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        for (int i = 0; i < count; i++) {
            assertEquals(CENTRAL_HEADER, b.getInt(at), "central directory entry " + i);
            int madeBy = Short.toUnsignedInt(b.getShort(at + 4)) & 0xff;
            int needed = Short.toUnsignedInt(b.getShort(at + 6));
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            int local = b.getInt(at + 42);
            String name = new String(b.array(), at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(madeBy < ZIP64_VERSION && needed < ZIP64_VERSION,
                    name + " is marked as Zip64 (versions " + madeBy + ", " + needed + ") in the central directory");
            assertFalse(hasZip64(b, at + 46 + nameLength, extraLength), name + " has a Zip64 extra field (central)");

            assertEquals(LOCAL_HEADER, b.getInt(local), name + "'s local header");
            int localNeeded = Short.toUnsignedInt(b.getShort(local + 4));
            int localName = Short.toUnsignedInt(b.getShort(local + 26));
            int localExtra = Short.toUnsignedInt(b.getShort(local + 28));
            assertTrue(localNeeded < ZIP64_VERSION, name + " is marked as Zip64 (version " + localNeeded + ") locally");
            assertFalse(hasZip64(b, local + 30 + localName, localExtra), name + " has a Zip64 extra field (local)");
            at += 46 + nameLength + extraLength + commentLength;
        }
        return count;
    }

    /** Extra data is a run of blocks: header id, data size, data. */
    private static boolean hasZip64(ByteBuffer b, int from, int length) {
        int i = from;
        while (i + 4 <= from + length) {
            if (Short.toUnsignedInt(b.getShort(i)) == ZIP64_EXTRA) {
                return true;
            }
            i += 4 + Short.toUnsignedInt(b.getShort(i + 2));
        }
        return false;
    }
}
