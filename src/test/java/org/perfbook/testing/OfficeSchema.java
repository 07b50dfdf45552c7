package org.perfbook.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Checks every part of an Office package against the ECMA-376 schema with POI's XMLBeans types. Only
 * meaningful with poi-ooxml-full on the class path: poi-ooxml-lite lacks most of the types, which is why
 * {@link #requireFullTypes()} refuses to run without it.
 */
public final class OfficeSchema {

    private static final String SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String OFFICE_DOC = "application/vnd.openxmlformats-officedocument.";
    private static final String VML_DRAWING = OFFICE_DOC + "vmlDrawing";
    private static final String VML_WRAPPER = "urn:schemas-poi-apache-org:vmldrawing";

    /** The root element each XML content type must have; its document type comes from POI's schema. */
    private static final Map<String, QName> ROOTS = Map.ofEntries(
            Map.entry(OFFICE_DOC + "spreadsheetml.sheet.main+xml", new QName(SML, "workbook")),
            Map.entry(OFFICE_DOC + "spreadsheetml.template.main+xml", new QName(SML, "workbook")),
            Map.entry("application/vnd.ms-excel.sheet.macroEnabled.main+xml", new QName(SML, "workbook")),
            Map.entry(OFFICE_DOC + "spreadsheetml.worksheet+xml", new QName(SML, "worksheet")),
            Map.entry(OFFICE_DOC + "spreadsheetml.chartsheet+xml", new QName(SML, "chartsheet")),
            Map.entry(OFFICE_DOC + "spreadsheetml.styles+xml", new QName(SML, "styleSheet")),
            Map.entry(OFFICE_DOC + "spreadsheetml.sharedStrings+xml", new QName(SML, "sst")),
            Map.entry(OFFICE_DOC + "spreadsheetml.comments+xml", new QName(SML, "comments")),
            Map.entry(OFFICE_DOC + "spreadsheetml.table+xml", new QName(SML, "table")),
            Map.entry(OFFICE_DOC + "spreadsheetml.calcChain+xml", new QName(SML, "calcChain")),
            Map.entry(OFFICE_DOC + "spreadsheetml.pivotTable+xml", new QName(SML, "pivotTableDefinition")),
            Map.entry(OFFICE_DOC + "drawing+xml",
                    new QName("http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "wsDr")),
            Map.entry(OFFICE_DOC + "drawingml.chart+xml",
                    new QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "chartSpace")),
            Map.entry(OFFICE_DOC + "wordprocessingml.document.main+xml", new QName(WML, "document")),
            Map.entry(OFFICE_DOC + "wordprocessingml.styles+xml", new QName(WML, "styles")),
            Map.entry(OFFICE_DOC + "wordprocessingml.settings+xml", new QName(WML, "settings")),
            Map.entry(OFFICE_DOC + "wordprocessingml.header+xml", new QName(WML, "hdr")),
            Map.entry(OFFICE_DOC + "wordprocessingml.footer+xml", new QName(WML, "ftr")),
            Map.entry(OFFICE_DOC + "wordprocessingml.numbering+xml", new QName(WML, "numbering")),
            Map.entry(OFFICE_DOC + "wordprocessingml.fontTable+xml", new QName(WML, "fonts")),
            Map.entry(OFFICE_DOC + "theme+xml", new QName("http://schemas.openxmlformats.org/drawingml/2006/main", "theme")),
            Map.entry(OFFICE_DOC + "extended-properties+xml",
                    new QName("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "Properties")),
            Map.entry(OFFICE_DOC + "custom-properties+xml",
                    new QName("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "Properties")),
            Map.entry("application/vnd.openxmlformats-package.relationships+xml",
                    new QName("http://schemas.openxmlformats.org/package/2006/relationships", "Relationships")),
            // the legacy VML of cell comments has an unqualified <xml> root; POI's wrapper schema gives it a namespace
            Map.entry(VML_DRAWING, new QName(VML_WRAPPER, "xml")));

    /** XML parts POI has no schema type for: checked for well-formedness and their root element only. */
    private static final Map<String, String> UNTYPED = Map.of(
            "application/vnd.openxmlformats-package.core-properties+xml",
            "core properties (ECMA-376 Part 2, opc-coreProperties.xsd): POI ships no XMLBeans type for it; "
                    + "POI's own PackagePropertiesMarshaller writes the part",
            "[Content_Types].xml",
            "the content types stream (ECMA-376 Part 2, opc-contentTypes.xsd) is not a part and POI ships no "
                    + "XMLBeans type for it; OPCPackage reading the package checks it");

    private static final Map<String, QName> UNTYPED_ROOTS = Map.of(
            "application/vnd.openxmlformats-package.core-properties+xml",
            new QName("http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties"),
            "[Content_Types].xml", new QName("http://schemas.openxmlformats.org/package/2006/content-types", "Types"));

    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");
    private static final QName SML_TEXT = new QName(SML, "t");

    private static final SchemaTypeLoader OOXML = XmlBeans.typeLoaderUnion(
            WorksheetDocument.type.getTypeSystem(), XmlBeans.getBuiltinTypeSystem());

    /** A schema error, or a part that could not be checked at all. */
    public record Problem(String file, String part, String message) {
        @Override
        public String toString() {
            return file + " " + part + ": " + message;
        }
    }

    /** A part that was not validated against a schema, and why. */
    public record Unchecked(String file, String part, String contentType, String why) {
        @Override
        public String toString() {
            return file + " " + part + " (" + contentType + "): " + why;
        }
    }

    /**
     * What one package's check found. {@code preservedSpaces} counts the {@code xml:space="preserve"} on
     * SpreadsheetML {@code <t>} elements, which are not schema errors here (see {@link #preservedSpace}).
     */
    public record Report(List<String> validated, List<Unchecked> unchecked, List<Problem> problems,
            int preservedSpaces) {
    }

    private OfficeSchema() {
    }

    /** Fails unless the schema types come from poi-ooxml-full. */
    public static void requireFullTypes() {
        CodeSource source = WorksheetDocument.class.getProtectionDomain().getCodeSource();
        String where = source == null ? "unknown" : source.getLocation().toString();
        if (!where.contains("poi-ooxml-full")) {
            throw new IllegalStateException("the schema check needs poi-ooxml-full in place of poi-ooxml-lite, "
                    + "but the types come from " + where + "; run it through mvn verify (surefire execution 'schema')");
        }
    }

    /** Checks every zip entry of {@code file}; {@code label} names the file in the messages. */
    public static Report check(Path file, String label) throws IOException {
        List<String> validated = new ArrayList<>();
        List<Unchecked> unchecked = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] preserved = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = "/" + entry.getName();
                String contentType = contentType(pkg, entry.getName());
                if (contentType == null) {
                    problems.add(new Problem(label, name, "a zip entry that is not a part of the package"));
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    checkPart(label, name, contentType, in, validated, unchecked, problems, preserved);
                }
            }
        } catch (InvalidFormatException e) {
            problems.add(new Problem(label, "(package)", "OPCPackage cannot open it: " + e.getMessage()));
        }
        return new Report(validated, unchecked, problems, preserved[0]);
    }

    private static String contentType(OPCPackage pkg, String entryName) throws InvalidFormatException {
        if (entryName.equals("[Content_Types].xml")) {
            return entryName;
        }
        PackagePart part = pkg.getPart(PackagingURIHelper.createPartName("/" + entryName));
        return part == null ? null : part.getContentType();
    }

    private static void checkPart(String file, String part, String contentType, InputStream in, List<String> validated,
            List<Unchecked> unchecked, List<Problem> problems, int[] preserved) throws IOException {
        QName root = ROOTS.get(contentType);
        if (root != null) {
            SchemaType type = OOXML.findDocumentType(root);
            if (type == null) {
                problems.add(new Problem(file, part, "no schema type for " + root + " (" + contentType + ")"));
                return;
            }
            XmlOptions load = new XmlOptions().setLoadLineNumbers().setDocumentType(type);
            if (contentType.equals(VML_DRAWING)) {
                load.setLoadSubstituteNamespaces(Map.of("", VML_WRAPPER));
            }
            XmlObject doc;
            try {
                doc = OOXML.parse(in, type, load);
            } catch (XmlException e) {
                problems.add(new Problem(file, part, "not well-formed: " + e.getMessage()));
                return;
            }
            List<XmlError> errors = new ArrayList<>();
            doc.validate(new XmlOptions().setErrorListener(errors));
            for (XmlError e : errors) {
                if (preservedSpace(e)) {
                    preserved[0]++;
                } else {
                    problems.add(new Problem(file, part, describe(e)));
                }
            }
            validated.add(part + " as " + type.getDocumentElementName().getLocalPart());
            return;
        }
        String why = UNTYPED.get(contentType);
        if (why != null) {
            try {
                XmlObject doc = XmlObject.Factory.parse(in);
                QName expected = UNTYPED_ROOTS.get(contentType);
                QName actual;
                try (XmlCursor c = doc.newCursor()) {
                    actual = c.toFirstChild() ? c.getName() : null;
                }
                if (!expected.equals(actual)) {
                    problems.add(new Problem(file, part, "root element " + actual + ", expected " + expected));
                }
            } catch (XmlException e) {
                problems.add(new Problem(file, part, "not well-formed: " + e.getMessage()));
            }
            unchecked.add(new Unchecked(file, part, contentType, "well-formed and root checked only: " + why));
            return;
        }
        if (contentType.startsWith("image/") || contentType.equals(OFFICE_DOC + "spreadsheetml.printerSettings")) {
            unchecked.add(new Unchecked(file, part, contentType, "binary, not XML"));
            return;
        }
        problems.add(new Problem(file, part, "no schema type is known for the content type " + contentType
                + ": add its root element to OfficeSchema, or explain there why it cannot be checked"));
    }

    /**
     * {@code <t xml:space="preserve">}: the schema types {@code <t>} as ST_Xstring, a simple type that allows
     * no attributes, yet without the attribute Excel strips a string's leading and trailing spaces. Excel
     * writes it itself and so does POI, so it is the one schema deviation accepted, and only on {@code <t>}.
     */
    private static boolean preservedSpace(XmlError e) {
        XmlCursor at = e.getCursorLocation();
        if (at == null || !at.isAttr() || !XML_SPACE.equals(at.getName()) || !"preserve".equals(at.getTextValue())) {
            return false;
        }
        try (XmlCursor element = at.newCursor()) {
            return element.toParent() && SML_TEXT.equals(element.getName());
        }
    }

    private static String describe(XmlError e) {
        StringBuilder b = new StringBuilder(e.getMessage());
        if (e.getLine() > 0) {
            b.append(" (line ").append(e.getLine()).append(", column ").append(e.getColumn()).append(')');
        }
        if (e.getCursorLocation() != null) {
            String xml = e.getCursorLocation().xmlText();
            b.append(" at ").append(xml.length() > 200 ? xml.substring(0, 200) + "…" : xml);
        }
        return b.toString();
    }
}
