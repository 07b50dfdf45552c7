package org.perfbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An .xlsx or .xlsm workbook read without POI's usermodel, its parts straight from the zip ({@link PackageZip}):
 * the workbook part for the sheets' names
 * and visibility, the shared strings ({@link SharedStrings}), the cell formats' number formats ({@link NumberFormats},
 * answering as POI's styles do), each sheet in one StAX pass ({@link StreamedSheet}), and the
 * custom document properties (the template's identity) in another. Every
 * sheet is read when the workbook opens, as the usermodel does, so a damaged part is found then.
 * A workbook on the 1904 date system is left to the usermodel ({@link #open} returns null).
 */
final class StreamedWorkbook implements AutoCloseable {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String VARIANT_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    /** The text of a shared string by its index. */
    interface Strings {
        RichTextString at(int index);

        /** The text as POI's {@code getString} gives it (escapes such as _x000D_ decoded). */
        default String text(int index) {
            return at(index).getString();
        }
    }

    /**
     * A sheet that answers null to everything: POI's DataFormatter asks a cell's sheet only for its
     * workbook, to learn whether it uses 1904 dates, and a streamed workbook never does.
     */
    static final Sheet NO_SHEET = (Sheet) Proxy.newProxyInstance(Sheet.class.getClassLoader(),
            new Class<?>[] {Sheet.class}, (proxy, method, args) -> switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "no sheet";
                default -> null;
            });

    /** A sheet as the workbook lists it. */
    record Listed(String name, boolean hidden, StreamedSheet rows) {
    }

    private final PackageZip pkg;
    private final List<Listed> sheets;
    private Map<String, String[]> custom;

    private StreamedWorkbook(PackageZip pkg, List<Listed> sheets) {
        this.pkg = pkg;
        this.sheets = sheets;
    }

    /**
     * Opens and reads {@code file}; null when it uses the 1904 date system. Throws for anything the
     * usermodel would also refuse to open (not a package, parts missing, malformed XML).
     */
    static StreamedWorkbook open(Path file) throws IOException {
        PackageZip pkg = PackageZip.open(file);
        try {
            PackageZip.Relationship document = pkg.first("", "/officeDocument");
            if (document == null || !pkg.has(document.target())) {
                throw new IOException("The package has no workbook part");
            }
            String workbook = document.target();
            List<String[]> listed = new ArrayList<>();
            boolean date1904;
            try (InputStream in = pkg.part(workbook)) {
                date1904 = listSheets(in, listed);
            }
            if (date1904) {
                pkg.close();
                return null;
            }
            List<PackageZip.Relationship> parts = pkg.relationships(workbook);
            Strings strings = sharedStrings(pkg, parts);
            NumberFormats styles = null;
            for (PackageZip.Relationship r : parts) {
                if (r.is("/styles") && pkg.has(r.target())) {
                    try (InputStream in = pkg.part(r.target())) {
                        styles = NumberFormats.read(in);
                    }
                    break;
                }
            }
            Map<String, String> byId = new HashMap<>();
            parts.forEach(r -> byId.putIfAbsent(r.id(), r.target()));
            List<Listed> sheets = new ArrayList<>();
            for (String[] s : listed) {
                String target = byId.get(s[2]);
                if (target == null || !pkg.has(target)) {
                    continue; // as the usermodel does: a sheet without a part is left out
                }
                try (InputStream in = pkg.part(target)) {
                    sheets.add(new Listed(s[0], s[1] != null, StreamedSheet.read(s[0], in, styles, strings)));
                }
            }
            return new StreamedWorkbook(pkg, List.copyOf(sheets));
        } catch (IOException | RuntimeException e) {
            pkg.close();
            throw e;
        } catch (Exception e) {
            pkg.close();
            throw new IOException(e);
        }
    }

    /** The shared strings ({@link SharedStrings}); a workbook without them has none to point at. */
    private static Strings sharedStrings(PackageZip pkg, List<PackageZip.Relationship> parts) throws Exception {
        for (PackageZip.Relationship r : parts) {
            if (r.is("/sharedStrings") && pkg.has(r.target())) {
                try (InputStream in = pkg.part(r.target())) {
                    return SharedStrings.read(in);
                }
            }
        }
        return index -> {
            throw new IndexOutOfBoundsException("the workbook has no shared strings, so no string " + index);
        };
    }

    /** Adds {name, hidden-or-null, relationship id} for each sheet; returns whether dates are 1904-based. */
    private static boolean listSheets(InputStream in, List<String[]> out) throws XMLStreamException {
        XMLStreamReader x = PackageZip.xml(in);
        boolean date1904 = false;
        try {
            x.nextTag();
            if (!x.getLocalName().equals("workbook")) {
                // another kind of Office document given a workbook's name
                throw new XMLStreamException("Not a workbook part: " + x.getLocalName());
            }
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (x.getLocalName().equals("workbookPr")) {
                    String d = x.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(d) || "true".equals(d);
                } else if (x.getLocalName().equals("sheet")) {
                    String state = x.getAttributeValue(null, "state");
                    boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                    String id = x.getAttributeValue(RELATIONSHIPS, "id");
                    if (id == null) {
                        throw new XMLStreamException("A sheet without a relationship");
                    }
                    out.add(new String[] {x.getAttributeValue(null, "name"), hidden ? state : null, id});
                }
            }
        } finally {
            x.close();
        }
        return date1904;
    }

    List<Listed> sheets() {
        return sheets;
    }

    /**
     * A custom document property's value as the file stores it, as {type, text} (type such as
     * "lpwstr" or "i4"), the first of that name as POI finds it; null when there is none.
     */
    String[] customProperty(String key) {
        if (custom == null) {
            custom = readCustom();
        }
        return custom.get(key);
    }

    private Map<String, String[]> readCustom() {
        Map<String, String[]> out = new HashMap<>();
        try {
            List<PackageZip.Relationship> rels = pkg.relationships("").stream()
                    .filter(r -> r.is("/custom-properties")).toList();
            if (rels.size() != 1 || !pkg.has(rels.get(0).target())) {
                return out;
            }
            try (InputStream in = pkg.part(rels.get(0).target())) {
                XMLStreamReader x = PackageZip.xml(in);
                try {
                    String name = null;
                    while (x.hasNext()) {
                        if (x.next() != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        if (x.getLocalName().equals("property") && !VARIANT_TYPES.equals(x.getNamespaceURI())) {
                            name = x.getAttributeValue(null, "name");
                        } else if (name != null && VARIANT_TYPES.equals(x.getNamespaceURI())) {
                            String type = x.getLocalName();
                            String text = x.getElementText();
                            out.putIfAbsent(name, new String[] {type, text});
                            name = null;
                        }
                    }
                } finally {
                    x.close();
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("The document properties cannot be read", e);
        }
        return out;
    }

    /** When the file says it was last saved (its core properties' dcterms:modified); null when it does not say. */
    Instant savedAt() {
        try {
            PackageZip.Relationship core = pkg.first("", "/metadata/core-properties");
            if (core == null || !pkg.has(core.target())) {
                return null;
            }
            try (InputStream in = pkg.part(core.target())) {
                XMLStreamReader x = PackageZip.xml(in);
                try {
                    while (x.hasNext()) {
                        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("modified")) {
                            return instant(x.getElementText().trim());
                        }
                    }
                } finally {
                    x.close();
                }
            }
            return null;
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("The document properties cannot be read", e);
        }
    }

    /** A W3CDTF time as Office writes it (with a zone, to the second or a fraction), or a bare date. */
    /**
     * The form Excel and POI save ("2021-12-10T09:30:00Z") read without the general parser, which took
     * longer than reading the part; null for any other form, which the general parser is left to read.
     */
    private static Instant utcSeconds(String t) {
        if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
            return null;
        }
        int[] at = {0, 5, 8, 11, 14, 17};
        int[] width = {4, 2, 2, 2, 2, 2};
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            for (int j = at[i]; j < at[i] + width[i]; j++) {
                char c = t.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                f[i] = f[i] * 10 + (c - '0');
            }
        }
        try {
            return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5]).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // the general parser says what is wrong with it
        }
    }

    static Instant instant(String text) {
        Instant utc = utcSeconds(text);
        return utc != null ? utc : parsed(text);
    }

    /** Any ISO form with an offset, or a bare date (taken as midnight UTC); null for anything else. */
    static Instant parsed(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Read-only: nothing is written back. */
    @Override
    public void close() {
        try {
            pkg.close();
        } catch (IOException e) {
            // read-only: nothing can be lost in closing it
        }
    }
}
