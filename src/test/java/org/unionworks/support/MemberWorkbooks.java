package org.unionworks.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.unionworks.platform.validation.IdNumbers;

/**
 * Large member workbooks for the benchmark and the fault drills, written by streaming: people of
 * division {@code 440399} (not one of the demo city's, so none of them is a member yet), every
 * {@code badEvery}-th row with a wrong ID check character.
 */
public final class MemberWorkbooks {

    public static final String[] HEADERS = {"姓名", "身份证号", "所属工会编号", "民族", "是否农民工", "手机号", "入会时间"};

    private MemberWorkbooks() {
    }

    public static void write(Path file, int rows, int badEvery, List<Long> unions) throws IOException {
        write(file, 0, rows, badEvery, unions);
    }

    /** Rows for the people numbered {@code first} to {@code first + rows - 1}. */
    public static void write(Path file, int first, int rows, int badEvery, List<Long> unions) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random r = new Random(7);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "UnionWorks", "1.0");
            Worksheet ws = wb.newWorksheet("会员");
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, HEADERS[c]);
            }
            for (int i = first; i < first + rows; i++) {
                String id = idNumber(i);
                if (badEvery > 0 && i % badEvery == badEvery - 1) {
                    id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
                }
                int row = i - first + 1;
                ws.value(row, 0, "导入" + (char) ('甲' + r.nextInt(10)) + i);
                ws.value(row, 1, id);
                ws.value(row, 2, unions.get(r.nextInt(unions.size())));
                ws.value(row, 3, "汉族");
                ws.value(row, 4, i % 4 == 0 ? "是" : "否");
                ws.value(row, 5, String.format("158%08d", i));
                ws.value(row, 6, "2024-03-01");
                if (row % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }

    /** The valid ID number of the i-th generated person. */
    public static String idNumber(int i) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 1000 % 16_000);
        String first17 = "440399" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
        return first17 + IdNumbers.checkChar(first17);
    }
}
