package org.perfbook.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * What a streamed read needs of a workbook's styles part: each cell format's number format, by the
 * index a cell's {@code s} attribute gives. Read in one StAX pass where POI's {@code StylesTable} parses
 * the whole part into XMLBeans objects (a tenth of reading a return). The styles answer as POI's do:
 * {@code getDataFormat} is the format's id and {@code getDataFormatString} the workbook's own format of
 * that id, else the built-in one, so {@code DataFormatter} shows a cell exactly as it does for the usermodel.
 */
final class NumberFormats {

    private final List<CellStyle> styles;

    private NumberFormats(List<CellStyle> styles) {
        this.styles = styles;
    }

    /**
     * Styles parts already read, by their bytes, the most recently used last: returns made from one template
     * have the same part, and parsing it was a tenth of reading a return.
     */
    private static final Map<Content, NumberFormats> KNOWN = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Content, NumberFormats> eldest) {
                    return size() > 32;
                }
            });

    /** A part's bytes as a map's key: equal when every byte is. */
    private record Content(byte[] bytes, int hash) {
        Content(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && hash == c.hash && Arrays.equals(bytes, c.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The cell formats of a styles part ({@code xl/styles.xml}); a part the same as one read before is not read again. */
    static NumberFormats read(InputStream in) throws XMLStreamException, IOException {
        Content content = new Content(in.readAllBytes());
        NumberFormats known = KNOWN.get(content);
        if (known == null) {
            known = parse(new ByteArrayInputStream(content.bytes()));
            KNOWN.put(content, known);
        }
        return known;
    }

    private static NumberFormats parse(InputStream in) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> formatIds = new ArrayList<>();
        XMLStreamReader x = PackageZip.xml(in);
        try {
            boolean inCellXfs = false;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "numFmt" -> {
                        String id = x.getAttributeValue(null, "numFmtId");
                        String code = x.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            custom.put(Integer.parseInt(id.trim()), code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = x.getAttributeValue(null, "numFmtId");
                            formatIds.add(id == null ? 0 : (int) Long.parseLong(id.trim()));
                        }
                    }
                    default -> {
                        // fonts, fills, borders and the rest do not change what a cell holds
                    }
                }
            }
        } finally {
            x.close();
        }
        List<CellStyle> styles = new ArrayList<>(formatIds.size());
        for (int i = 0; i < formatIds.size(); i++) {
            short id = (short) (int) formatIds.get(i);
            String format = custom.get(id & 0xffff);
            styles.add(style((short) i, id, format != null ? format : BuiltinFormats.getBuiltinFormat(id & 0xffff)));
        }
        return new NumberFormats(styles);
    }

    boolean isEmpty() {
        return styles.isEmpty();
    }

    /** The style of a cell's {@code s} index; null for an index the part does not have, as POI gives. */
    CellStyle at(int index) {
        return index < 0 || index >= styles.size() ? null : styles.get(index);
    }

    /**
     * A cell style that knows its number format and nothing else: anything more asked of it is a
     * mistake in perfbook, said at once rather than answered wrongly.
     */
    private static CellStyle style(short index, short formatId, String format) {
        return (CellStyle) Proxy.newProxyInstance(CellStyle.class.getClassLoader(), new Class<?>[] {CellStyle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getDataFormat" -> formatId;
                    case "getDataFormatString" -> format;
                    case "getIndex" -> index;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "cell format " + index + " (" + format + ")";
                    default -> throw new UnsupportedOperationException(
                            "a streamed cell's style knows only its number format, not " + method.getName());
                });
    }
}
