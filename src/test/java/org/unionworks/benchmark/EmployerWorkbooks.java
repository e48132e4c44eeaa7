package org.unionworks.benchmark;

import java.io.IOException;
import java.nio.file.Path;

import org.unionworks.platform.validation.CreditCodes;

/** The import sheets of the union tree and the employer register for the benchmark: new unions and employers under one union. */
final class EmployerWorkbooks {

    private EmployerWorkbooks() {
    }

    /** {@code rows} new employers kept by union {@code unionId}, the i-th from {@code first} on with {@link #creditCode}(i). */
    static void employers(Path file, int first, int rows, long unionId) throws IOException {
        Sheets.write(file, "单位", new String[] {"单位名称", "统一社会信用代码", "管辖工会编号", "职工人数", "女职工人数", "登记日期"}, rows,
                n -> {
                    int i = first + n;
                    return new Object[] {"基准测试单位" + i, creditCode(i), unionId, 20 + i % 500, 5 + i % 100, "2020-01-15"};
                });
    }

    /** {@code rows} new enterprise unions (基层工会) under union {@code parentId}, numbered from {@code first} on. */
    static void unions(Path file, int first, int rows, long parentId) throws IOException {
        Sheets.write(file, "工会组织", new String[] {"工会名称", "上级工会编号", "组织类型", "基层工会类型", "成立日期"}, rows,
                n -> new Object[] {"基准测试工会" + (first + n), parentId, "基层工会", "企业工会", "2021-03-01"});
    }

    /** The benchmark employers {@code first} to {@code first + rows - 1} covered by union {@code unionId} from 2021. */
    static void coverages(Path file, int first, int rows, long unionId) throws IOException {
        Sheets.write(file, "涵盖关系", new String[] {"基层工会编号", "统一社会信用代码", "涵盖起始日期"}, rows,
                n -> new Object[] {unionId, creditCode(first + n), "2021-01-01"});
    }

    /** The valid credit code of the i-th benchmark employer (9244 0300, then a 9-character serial of its own). */
    static String creditCode(int i) {
        String first17 = "92440300" + String.format("B%08d", i);
        return first17 + CreditCodes.checkChar(first17);
    }
}
