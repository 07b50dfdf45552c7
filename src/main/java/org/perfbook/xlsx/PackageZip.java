package org.perfbook.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * An Office package read straight from its zip: parts by name and the relationships between them,
 * nothing else. Opening a return this way instead of with POI's {@code OPCPackage} (which parses the
 * content types, every relationship part and the core properties into DOM trees when it opens) took
 * a fifth off reading a return. Each part is read through the guard POI's own zip reading applies,
 * so a part cannot inflate to more than 100 times its compressed size: a "zip bomb" is refused, not read.
 */
final class PackageZip implements AutoCloseable {

    /** POI's default: a part may not inflate to more than 100 times its compressed size. */
    private static final double MAX_INFLATION = 100;
    private static final long SMALL_PART = 1 << 20;

    /** One relationship of a part: its id, type and the part it points to (a zip entry name). */
    record Relationship(String id, String type, String target) {

        /** Whether the type ends with {@code suffix}: the transitional and strict forms differ before it. */
        boolean is(String suffix) {
            return type.endsWith(suffix);
        }
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> byLowerName = new HashMap<>();

    private PackageZip(ZipFile zip) {
        this.zip = zip;
        zip.stream().forEach(e -> byLowerName.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e));
    }

    /** Opens {@code file}; refuses a zip without the content types every Office package has. */
    static PackageZip open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        PackageZip pkg = new PackageZip(zip);
        if (pkg.entry("[Content_Types].xml") == null) {
            zip.close();
            throw new IOException("Not an Office package: it has no [Content_Types].xml");
        }
        return pkg;
    }

    /**
     * A StAX reader over a part, from a factory made once on each thread with POI's safe settings (no
     * DTDs, no external entities): making the factory cost more than reading a small part with it.
     */
    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(in);
    }

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(PackageZip::factory);

    /**
     * POI's factory, asked to reset a closed reader for the next part rather than build a new one: a
     * workbook is eight or more small parts, and building the reader was a tenth of reading one.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLHelper.newXMLInputFactory();
        if (f.isPropertySupported(REUSE)) {
            f.setProperty(REUSE, Boolean.TRUE);
        }
        return f;
    }

    /** The JDK's StAX property; other StAX implementations do not know it. */
    private static final String REUSE = "reuse-instance";

    /** Part names are not case-sensitive in a package, zip entry names are. */
    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        return e != null ? e : byLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return entry(name) != null;
    }

    /** The part's bytes as they inflate, bounded as the class says. */
    InputStream part(String name) throws IOException {
        ZipEntry e = entry(name);
        if (e == null) {
            throw new NoSuchFileException(name, null, "the package has no such part");
        }
        long compressed = e.getCompressedSize();
        long limit = compressed < 0 ? Long.MAX_VALUE : Math.max(SMALL_PART, (long) (compressed * MAX_INFLATION));
        return new Bounded(zip.getInputStream(e), limit, name);
    }

    /**
     * The relationships of {@code source} (a part name, or "" for the package's own), in the order the
     * relationships part lists them; none when it has no relationships part. Targets outside the
     * package (external links) are left out.
     */
    List<Relationship> relationships(String source) throws IOException {
        // the package's own are asked for three times (the workbook, the core and the custom properties)
        List<Relationship> known = relationshipsRead.get(source);
        if (known == null) {
            known = List.copyOf(readRelationships(source));
            relationshipsRead.put(source, known);
        }
        return known;
    }

    private final Map<String, List<Relationship>> relationshipsRead = new HashMap<>();

    private List<Relationship> readRelationships(String source) throws IOException {
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        String rels = folder + "_rels/" + source.substring(slash + 1) + ".rels";
        List<Relationship> out = new ArrayList<>();
        if (!has(rels)) {
            return out;
        }
        try (InputStream in = part(rels)) {
            XMLStreamReader x = PackageZip.xml(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                            && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
                        String target = x.getAttributeValue(null, "Target");
                        out.add(new Relationship(x.getAttributeValue(null, "Id"),
                                String.valueOf(x.getAttributeValue(null, "Type")),
                                target == null ? "" : resolve(folder, target)));
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("The relationships part " + rels + " is not well-formed", e);
        }
        return out;
    }

    /** The first relationship of {@code source} whose type ends with {@code suffix}; null when none. */
    Relationship first(String source, String suffix) throws IOException {
        return relationships(source).stream().filter(r -> r.is(suffix)).findFirst().orElse(null);
    }

    /** A target as a zip entry name: absolute from the package's root, or relative to the source's folder. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Stops a part that inflates past its limit, as POI's zip reading does. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String name;
        private long read;

        Bounded(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        private void count(long n) throws IOException {
            if (n > 0 && (read += n) > limit) {
                throw new IOException("The part " + name + " inflates to more than " + limit
                        + " bytes, far more than its compressed size allows: the file may be a zip bomb");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }
    }
}
