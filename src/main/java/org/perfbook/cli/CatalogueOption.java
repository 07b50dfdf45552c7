package org.perfbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.perfbook.catalogue.CatalogueException;
import org.perfbook.catalogue.CatalogueReader;
import org.perfbook.model.Catalogue;
import picocli.CommandLine.Option;

/** {@code --catalogue}: the indicator catalogue, and beside it the history and returns that give earlier figures. */
final class CatalogueOption {

    @Option(names = "--catalogue", paramLabel = "FILE", defaultValue = "workbooks/catalogue.xlsx",
            description = "The indicator catalogue (default: ${DEFAULT-VALUE}). Earlier figures are read from "
                    + "the history workbook and returns beside it.")
    Path file;

    /** The catalogue, or null after saying on {@code err} everything that is wrong with it. */
    Catalogue read(String command, PrintWriter err) {
        try {
            return CatalogueReader.read(file);
        } catch (CatalogueException e) {
            err.println("perfbook " + command + ": the catalogue " + file + " cannot be used:");
            e.findings().forEach(f -> err.println("  " + f));
            return null;
        }
    }
}
