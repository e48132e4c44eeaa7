package org.unionworks.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Error workbooks of imports: the bad rows as they were uploaded plus a column saying, for each,
 * its row number and every reason. Kept for a day and downloadable only by the user who imported.
 */
@Component
class ErrorWorkbooks {

    private final Path dir;

    ErrorWorkbooks(@Value("${unionworks.files-dir}") String filesDir) {
        this.dir = Path.of(filesDir, "import-errors");
    }

    /** A writer that receives the bad rows one at a time, so memory stays flat. */
    final class Writer implements AutoCloseable {
        private final Path file;
        private final OutputStream out;
        private final Workbook wb;
        private final Worksheet ws;
        private final int width;
        private int row = 1;

        Writer(List<String> headers) throws IOException {
            Files.createDirectories(dir);
            this.file = dir.resolve(UUID.randomUUID() + ".xlsx");
            this.out = Files.newOutputStream(file);
            this.wb = new Workbook(out, "UnionWorks", "1.0");
            this.ws = wb.newWorksheet("错误行");
            this.width = headers.size();
            for (int c = 0; c < width; c++) {
                ws.value(0, c, headers.get(c));
            }
            ws.value(0, width, "错误说明");
            ws.range(0, 0, 0, width).style().bold().fillColor("FFE699").set();
            ws.width(width, 60);
        }

        void add(int rowNumber, List<String> cells, List<String> messages) throws IOException {
            for (int c = 0; c < width && c < cells.size(); c++) {
                if (cells.get(c) != null) {
                    ws.value(row, c, Cells.escape(cells.get(c)));
                }
            }
            ws.value(row, width, "第" + rowNumber + "行：" + String.join("；", messages));
            ws.style(row, width).fontColor("C00000").set();
            if (++row % 1000 == 0) {
                ws.flush();
            }
        }

        /** Finishes the workbook and returns where it is. */
        String save() throws IOException {
            close();
            return file.toString();
        }

        void discard() {
            try {
                close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean closed;

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                wb.finish();
                out.close();
            }
        }
    }

    Writer open(List<String> headers) throws IOException {
        return new Writer(headers);
    }

    /** Error workbooks and stored uploads older than a week are removed; the job records stay. */
    @Scheduled(fixedDelay = 3_600_000)
    void expire() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(7));
        for (Path d : List.of(dir, uploads())) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (var files = Files.list(d)) {
                files.filter(f -> {
                    try {
                        return Files.getLastModifiedTime(f).toInstant().isBefore(cutoff);
                    } catch (IOException e) {
                        return false;
                    }
                }).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // tried again on the next sweep
            }
        }
    }

    /** Where uploads wait between validation and writing. */
    Path uploads() {
        return dir.resolveSibling("import-uploads");
    }
}
