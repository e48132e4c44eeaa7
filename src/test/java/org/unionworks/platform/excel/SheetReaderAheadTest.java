package org.unionworks.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.unionworks.platform.error.InvalidInputException;

/** Reading ahead on another thread changes nothing a caller sees: the same rows in order, and every failure. */
@Timeout(60)
class SheetReaderAheadTest {

    private static final int ROWS = 5_321;

    @TempDir
    Path dir;

    private Path workbook() throws IOException {
        Path file = dir.resolve("rows.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("会员");
            ws.value(0, 0, "姓名");
            ws.value(0, 1, "序号");
            for (int r = 1; r <= ROWS; r++) {
                ws.value(r, 0, "会员" + r);
                ws.value(r, 1, r);
            }
            wb.finish();
        }
        return file;
    }

    private static List<String> rows(Path file, String name, boolean ahead) throws IOException {
        List<String> seen = new ArrayList<>();
        if (ahead) {
            SheetReader.readAhead(file, name, row -> seen.add(row.number() + ":" + String.join("|", row.cells())));
        } else {
            SheetReader.read(file, name, row -> seen.add(row.number() + ":" + String.join("|", row.cells())));
        }
        return seen;
    }

    @Test
    void givesTheSameRowsInTheSameOrderAsReadingInline() throws IOException {
        Path xlsx = workbook();
        List<String> inline = rows(xlsx, "rows.xlsx", false);
        assertThat(inline).hasSize(ROWS + 1);
        assertThat(rows(xlsx, "rows.xlsx", true)).isEqualTo(inline);

        Path csv = dir.resolve("rows.csv");
        StringBuilder text = new StringBuilder("姓名,序号\n");
        for (int r = 1; r <= ROWS; r++) {
            text.append("会员").append(r).append(',').append(r).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        assertThat(rows(csv, "rows.csv", true)).isEqualTo(rows(csv, "rows.csv", false)).hasSize(ROWS + 1);
    }

    @Test
    void whatTheCallerThrowsStopsTheReaderAndReachesTheCaller() throws Exception {
        Path xlsx = workbook();
        assertThatThrownBy(() -> SheetReader.readAhead(xlsx, "rows.xlsx", row -> {
            if (row.number() == 1_200) {
                throw new InvalidInputException("file", "单次导入不能超过1199行，请拆分文件");
            }
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("1199");
        long deadline = System.currentTimeMillis() + 10_000;
        while (readerAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(readerAlive()).as("the reading thread has ended").isFalse();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsWhenReadInline() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        byte[] good = Files.readAllBytes(workbook());
        Files.write(broken, java.util.Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> rows(broken, "broken.xlsx", false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rows(broken, "broken.xlsx", true)).isInstanceOf(InvalidInputException.class);
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("sheet-reader") && t.isAlive());
    }
}
