package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.perfbook.model.Period;

/**
 * The inputs folder (by default {@code workbooks/}): the catalogue, the history workbook and one
 * folder of returns per period, named in file-system form ({@code returns/2021-22-Q3/}).
 */
public record InputsFolder(Path root) {

    public Path catalogue() {
        return root.resolve("catalogue.xlsx");
    }

    public Path history() {
        return root.resolve("history.xlsx");
    }

    public Path returns() {
        return root.resolve("returns");
    }

    public Path returnsFor(Period period) {
        return returns().resolve(period.fileName());
    }

    /** Periods that have a returns folder, oldest first; folders not named as a period are left out. */
    public List<Period> periodsWithReturns() throws IOException {
        List<Period> periods = new ArrayList<>();
        if (!Files.isDirectory(returns())) {
            return periods;
        }
        try (Stream<Path> s = Files.list(returns())) {
            s.filter(Files::isDirectory).forEach(d -> Period.tryParse(d.getFileName().toString()).ifPresent(periods::add));
        }
        periods.sort(null);
        return periods;
    }
}
