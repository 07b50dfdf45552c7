package org.perfbook.returns;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.perfbook.xlsx.SheetRows;
import org.perfbook.xlsx.Workbooks;

/**
 * Not a test: CPU time to read one return, on one thread, after warming up. Run with
 * {@code bench/read.sh [folder] [rounds]} (default: the shipped sample's returns, 5 rounds).
 * Prints the whole read ({@link ReturnReader}), and opening each workbook and reading every cell's
 * text and value with POI's usermodel and with the streaming reader.
 */
public final class ReturnReadingBench {

    private ReturnReadingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "workbooks/returns");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(p -> Workbooks.isSpreadsheetName(p.getFileName().toString())).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%d returns in %s; %d rounds after %d warm-up; Java %s%n%n", files.size(), folder,
                rounds, rounds, System.getProperty("java.version"));
        System.out.println("| read | CPU a return |");
        System.out.println("|---|---|");
        time("ReturnReader.read (as `build` reads)", files, rounds, f -> ReturnReader.read(f, f.toString()));
        time("open and read every cell: POI usermodel", files, rounds, f -> {
            try (Workbooks.Opened o = Workbooks.open(f, f.toString())) {
                walk(o);
            }
        });
        time("open and read every cell: streaming", files, rounds, f -> {
            try (Workbooks.Opened o = Workbooks.openStreamed(f, f.toString())) {
                walk(o);
            }
        });
        time("for scale: unzip and one StAX pass over every sheet's XML and the shared strings", files, rounds,
                ReturnReadingBench::raw);
    }

    private static final javax.xml.stream.XMLInputFactory RAW_FACTORY =
            org.apache.poi.util.XMLHelper.newXMLInputFactory();

    /** The least any reader must do: inflate the sheets and shared strings and see every XML event. */
    private static void raw(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                String n = e.getName();
                if (!(n.startsWith("xl/worksheets/sheet") || n.equals("xl/sharedStrings.xml")) || !n.endsWith(".xml")) {
                    continue;
                }
                try (java.io.InputStream in = zip.getInputStream(e)) {
                    javax.xml.stream.XMLStreamReader x = RAW_FACTORY.createXMLStreamReader(in);
                    while (x.hasNext()) {
                        sink += x.next();
                    }
                    x.close();
                }
            }
        } catch (java.io.IOException | javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int sink;

    private static void walk(Workbooks.Opened o) {
        for (int i = 0; i < o.sheetCount(); i++) {
            SheetRows s = o.sheet(i);
            for (SheetRows.SheetRow r : s.rows()) {
                for (int c : r.columns()) {
                    sink += r.text(c).length() + (r.value(c).blank() ? 0 : 1);
                }
            }
            sink += s.merges().isEmpty() ? 0 : 1;
        }
    }

    private static void time(String label, List<Path> files, int rounds, Consumer<Path> read) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            files.forEach(read);
        }
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            files.forEach(read);
        }
        long spent = cpu.getCurrentThreadCpuTime() - start;
        System.out.printf(Locale.ROOT, "| %s | %.2f ms |%n", label, spent / 1e6 / rounds / files.size());
    }
}
