package org.perfbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A workbook's shared strings read in one StAX pass, to the same strings as POI's
 * {@code ReadOnlySharedStringsTable} without phonetic runs: the text of each {@code <si>}'s
 * {@code <t>} elements joined, {@code <rPh>} runs left out, elements of any other namespace ignored, and
 * no table at all where there is no {@code <sst>} of the main namespace. POI's reader made a SAX
 * parser for every workbook and an XMLBeans object for every string asked for, which together took
 * as long as reading the sheet itself.
 */
final class SharedStrings implements StreamedWorkbook.Strings {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Null when the part had no table to read, as POI's reader leaves it. */
    private final List<String> strings;
    private final String[] decoded;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
        this.decoded = strings == null ? null : new String[strings.size()];
    }

    static SharedStrings read(InputStream part) throws IOException, XMLStreamException {
        PushbackInputStream in = new PushbackInputStream(part, 1);
        int first = in.read();
        if (first < 0) {
            // an empty part: POI does not parse it, and has no table
            return new SharedStrings(null);
        }
        in.unread(first);
        List<String> strings = null;
        StringBuilder characters = null;
        boolean tIsOpen = false;
        boolean inRPh = false;
        XMLStreamReader x = PackageZip.xml(in);
        try {
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!main(x)) {
                            continue;
                        }
                        switch (x.getLocalName()) {
                            case "sst" -> {
                                String unique = x.getAttributeValue(null, "uniqueCount");
                                strings = new ArrayList<>(unique == null ? 16 : capacity(unique));
                                characters = new StringBuilder(64);
                            }
                            case "si" -> {
                                if (characters != null) {
                                    characters.setLength(0);
                                }
                            }
                            case "t" -> tIsOpen = true;
                            case "rPh" -> inRPh = true;
                            default -> {
                                // runs' properties and the like carry no text
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!main(x)) {
                            continue;
                        }
                        switch (x.getLocalName()) {
                            case "si" -> {
                                if (strings != null && characters != null) {
                                    strings.add(characters.toString());
                                }
                            }
                            case "t" -> tIsOpen = false;
                            case "rPh" -> inRPh = false;
                            default -> {
                                // nothing to close
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (tIsOpen && !inRPh && characters != null) {
                            characters.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                        }
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        } finally {
            x.close();
        }
        return new SharedStrings(strings);
    }

    /** A count the file gives, as a list's starting size: not trusted beyond what a sheet could hold. */
    private static int capacity(String count) {
        try {
            return (int) Math.min(Math.max(Long.parseLong(count.strip()), 0), 1 << 16);
        } catch (NumberFormatException e) {
            return 16;
        }
    }

    /** An element of the main namespace: POI's reader skips every other, an unqualified one too. */
    private static boolean main(XMLStreamReader x) {
        return MAIN.equals(x.getNamespaceURI());
    }

    private String raw(int index) {
        if (strings == null || index < 0 || index >= strings.size()) {
            throw new IllegalStateException("Cannot get item at " + index + " with strings: "
                    + (strings == null ? null : strings.size() + " strings"));
        }
        return strings.get(index);
    }

    @Override
    public RichTextString at(int index) {
        return new XSSFRichTextString(raw(index));
    }

    /**
     * The text as POI's {@code getString} gives it. Only a string with an escape such as {@code _x000D_}
     * goes through POI's decoding; each is worked out once, however many cells show it.
     */
    @Override
    public String text(int index) {
        String t = raw(index);
        String d = decoded[index];
        if (d == null) {
            d = t.contains("_x") ? new XSSFRichTextString(t).getString() : t;
            decoded[index] = d;
        }
        return d;
    }
}
