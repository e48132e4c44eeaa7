package org.unionworks.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tax office's monthly sheet for the benchmark: every employer's 工会经费 for one month, one row per employer, written by
 * streaming; the payrolls vary, a few payments fall short.
 */
final class RemittanceWorkbooks {

    static final String[] HEADERS = {"统一社会信用代码", "缴费单位名称", "所属期", "计费工资总额（元）", "应缴金额（元）", "实缴金额（元）", "费种",
        "缴费方式", "缴费日期"};

    private RemittanceWorkbooks() {
    }

    /** Writes month {@code month}'s sheet (one row per employer; a sheet holds at most 1,048,576 rows) and returns its rows. */
    static int write(Path file, List<String> creditCodes, int year, int month) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random r = new Random(11L * month);
        int row = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "UnionWorks", "1.0");
            Worksheet ws = wb.newWorksheet("缴费明细");
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, HEADERS[c]);
            }
            {
                String period = year + "-" + String.format("%02d", month);
                String paidOn = LocalDate.of(year, month, 1).plusMonths(1).plusDays(9).toString();
                for (String code : creditCodes) {
                    row++;
                    long payroll = 30_000L + r.nextInt(2_000_000);
                    long due = Math.round(payroll * 0.02);
                    ws.value(row, 0, code);
                    ws.value(row, 1, "单位" + code.substring(8, 17));
                    ws.value(row, 2, period);
                    ws.value(row, 3, payroll);
                    ws.value(row, 5, r.nextInt(20) == 0 ? due / 2 : due);
                    ws.value(row, 6, "工会经费");
                    ws.value(row, 7, "税务代收");
                    ws.value(row, 8, paidOn);
                    if (row % 10_000 == 0) {
                        ws.flush();
                    }
                }
            }
            wb.finish();
        }
        return row;
    }
}
