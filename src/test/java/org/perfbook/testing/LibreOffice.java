package org.perfbook.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Opens files in the real client, LibreOffice headless, the way a user's machine would. */
public final class LibreOffice {

    private LibreOffice() {
    }

    public static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** Skips the test, saying why, where LibreOffice is not installed; CI installs it. */
    public static void assumeInstalled() {
        String bin = binary();
        if (bin == null) {
            System.err.println("SKIPPED: LibreOffice (soffice) is not installed, so the book is not opened in a real "
                    + "client. Install libreoffice-calc-nogui to run this check.");
        }
        Assumptions.assumeTrue(bin != null, "LibreOffice (soffice) is not installed");
    }

    /**
     * Converts {@code file} with {@code soffice --headless --convert-to format} into {@code outDir} and
     * returns the converted file; fails if LibreOffice reports an error or writes nothing.
     */
    public static Path convert(Path file, String format, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        ProcessBuilder pb = new ProcessBuilder(binary(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", format, "--outdir", outDir.toString(), file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + file);
        }
        String base = file.getFileName().toString().replaceAll("\\.[^.]+$", "");
        String ext = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        Path out = outDir.resolve(base + "." + ext);
        if (p.exitValue() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0 || output.contains("Error")) {
            throw new AssertionError("LibreOffice could not convert " + file + " (exit " + p.exitValue() + "): " + output);
        }
        return out;
    }
}
