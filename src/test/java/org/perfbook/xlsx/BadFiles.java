package org.perfbook.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files that are not workbooks perfbook can open, each as people send them, for every reader's tests. */
public final class BadFiles {

    /** The kinds of bad file, named as the file is in each test. */
    public enum Kind {
        LOCK_FILE("~$book.xlsx", Workbooks.Problem.LOCK_FILE),
        EMPTY("empty.xlsx", Workbooks.Problem.EMPTY),
        ENCRYPTED("locked.xlsx", Workbooks.Problem.ENCRYPTED),
        OLD_FORMAT("excel4.xls", Workbooks.Problem.OLD_FORMAT),
        TEXT("figures.xlsx", Workbooks.Problem.NOT_A_SPREADSHEET),
        CORRUPT_ZIP("damaged.xlsx", Workbooks.Problem.CORRUPT),
        ZIP_NOT_WORKBOOK("archive.xlsx", Workbooks.Problem.CORRUPT);

        public final String fileName;
        /** What opening it finds. */
        public final Workbooks.Problem problem;

        Kind(String fileName, Workbooks.Problem problem) {
            this.fileName = fileName;
            this.problem = problem;
        }
    }

    private BadFiles() {
    }

    /** Writes a file of {@code kind} into {@code dir}. */
    public static Path write(Path dir, Kind kind) throws IOException {
        Path file = dir.resolve(kind.fileName);
        switch (kind) {
            case LOCK_FILE -> {
                // Excel's owner file: the user's name in a fixed-size record.
                byte[] b = new byte[165];
                b[0] = 5;
                System.arraycopy("A User".getBytes(StandardCharsets.US_ASCII), 0, b, 1, 6);
                Files.write(file, b);
            }
            case EMPTY -> Files.write(file, new byte[0]);
            case ENCRYPTED -> encrypted(file);
            case OLD_FORMAT -> {
                // A BIFF4 worksheet's first record (BOF), as Excel 4 wrote it.
                byte[] b = new byte[64];
                byte[] bof = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00};
                System.arraycopy(bof, 0, b, 0, bof.length);
                Files.write(file, b);
            }
            case TEXT -> Files.writeString(file, "ID,Value\nHW-01,93.02\n", StandardCharsets.UTF_8);
            case CORRUPT_ZIP -> {
                byte[] junk = new byte[4096];
                new Random(7).nextBytes(junk);
                junk[0] = 'P';
                junk[1] = 'K';
                junk[2] = 3;
                junk[3] = 4;
                Files.write(file, junk);
            }
            case ZIP_NOT_WORKBOOK -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                    zip.putNextEntry(new ZipEntry("readme.txt"));
                    zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return file;
    }

    private static void encrypted(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ID");
                wb.write(os);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
