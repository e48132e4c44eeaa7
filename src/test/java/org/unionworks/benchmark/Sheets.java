package org.unionworks.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A generated import sheet: a header row and {@code rows} rows made by a function of the row's index, written by streaming. */
final class Sheets {

    private Sheets() {
    }

    static void write(Path file, String sheet, String[] headers, int rows, IntFunction<Object[]> row) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "UnionWorks", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                Object[] values = row.apply(i);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        ws.value(i + 1, c, n);
                    } else if (values[c] != null) {
                        ws.value(i + 1, c, values[c].toString());
                    }
                }
                if (i % 10_000 == 9_999) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }
}
