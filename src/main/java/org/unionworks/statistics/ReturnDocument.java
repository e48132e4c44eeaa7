package org.unionworks.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.unionworks.statistics.web.StatisticsViews;

/** A return as a Word document for printing and filing: the form's title, its cells by table with their values, the signatures. */
final class ReturnDocument {

    private ReturnDocument() {
    }

    static byte[] of(StatisticsViews.ReturnForm f) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StatisticsViews.ReturnRow h = f.header();
            paragraph(doc, h.formName(), true, 18, ParagraphAlignment.CENTER);
            paragraph(doc, "填报单位：" + h.unionName() + "　　统计年度：" + h.year() + "（" + f.from() + " 至 " + f.to() + "）　　状态："
                    + h.statusLabel(), false, 10, ParagraphAlignment.LEFT);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"代码", "指标名称", "计量单位", "数值"});
            String section = null;
            for (StatisticsViews.CellView c : f.cells()) {
                if (!c.section().equals(section)) {
                    section = c.section();
                    rows.add(new String[] {section, "", "", ""});
                }
                rows.add(new String[] {c.code(), c.label(), c.unit(), c.value() == null ? "" : c.value().toPlainString()});
            }
            XWPFTable table = doc.createTable(rows.size(), 4);
            for (int r = 0; r < rows.size(); r++) {
                for (int k = 0; k < 4; k++) {
                    table.getRow(r).getCell(k).setText(rows.get(r)[k]);
                }
            }
            paragraph(doc, "", false, 10, ParagraphAlignment.LEFT);
            XWPFTable signatures = doc.createTable(1, 6);
            String[] sign = {"单位负责人", nz(h.signerName()) + " " + (h.signedOn() == null ? "年　月　日" : h.signedOn().toString()), "填表人",
                    nz(h.submittedBy()), "审核", nz(h.reviewedBy()) + "（盖章）"};
            for (int k = 0; k < sign.length; k++) {
                signatures.getRow(0).getCell(k).setText(sign[k]);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        var run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
