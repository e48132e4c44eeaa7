package org.unionworks.honor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** The default 推荐审批表: a title and a table of the candidate's data, with {{placeholders}}. */
final class NominationForm {

    static final Set<String> PLACEHOLDERS = Set.of("姓名", "工作单位", "职务", "推荐称号", "推荐单位", "主要事迹", "审核意见");

    private NominationForm() {
    }

    static byte[] defaultTemplate() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            var run = title.createRun();
            run.setBold(true);
            run.setFontSize(18);
            run.setText("{{推荐称号}}推荐审批表");
            String[][] rows = {{"姓名", "{{姓名}}"}, {"工作单位", "{{工作单位}}"}, {"职务", "{{职务}}"}, {"推荐单位", "{{推荐单位}}"},
                    {"主要事迹", "{{主要事迹}}"}, {"审核意见", "{{审核意见}}"}};
            XWPFTable table = doc.createTable(rows.length, 2);
            for (int r = 0; r < rows.length; r++) {
                table.getRow(r).getCell(0).setText(rows[r][0]);
                table.getRow(r).getCell(1).setText(rows[r][1]);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
