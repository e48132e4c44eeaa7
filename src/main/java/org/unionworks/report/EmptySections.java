package org.unionworks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.unionworks.platform.files.WordTemplates;

/**
 * What a filled report leaves out beyond its clauses: a paragraph whose every clause was left out, and a section —
 * a heading 一、二、… with what follows it up to the next — left with nothing to say; the headings after one left
 * out are renumbered, so that a grassroots union's report runs 一、二、三 over what it did.
 */
final class EmptySections {

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+)、");
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private EmptySections() {
    }

    /** The body's paragraphs with optional clauses, taken before the document is filled. */
    static List<XWPFParagraph> optional(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> WordTemplates.OPTIONAL.matcher(p.getText()).find()).toList();
    }

    /** After filling: drops the {@code optional} paragraphs left empty, then the sections left empty. */
    static void tidy(XWPFDocument doc, List<XWPFParagraph> optional) {
        optional.stream().filter(p -> p.getText().isBlank()).forEach(p -> doc.removeBodyElement(doc.getPosOfParagraph(p)));
        List<IBodyElement> body = doc.getBodyElements();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && HEADING.matcher(p.getText()).find()) {
                headings.add(i);
            }
        }
        boolean dropped = false;
        for (int h = headings.size() - 1; h >= 0; h--) {
            int start = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1) : body.size();
            if (saysNothing(body.subList(start + 1, end))) {
                for (int i = end - 1; i >= start; i--) {
                    doc.removeBodyElement(i);
                }
                dropped = true;
            }
        }
        if (dropped) {
            renumber(doc);
        }
    }

    private static boolean saysNothing(List<IBodyElement> section) {
        return section.stream().allMatch(e -> e instanceof XWPFParagraph p && p.getText().isBlank());
    }

    private static void renumber(XWPFDocument doc) {
        int n = 0;
        for (XWPFParagraph p : doc.getParagraphs()) {
            Matcher m = HEADING.matcher(p.getText());
            if (m.find()) {
                String text = numeral(++n) + "、" + p.getText().substring(m.end());
                List<XWPFRun> runs = p.getRuns();
                runs.get(0).setText(text, 0);
                for (int i = runs.size() - 1; i > 0; i--) {
                    p.removeRun(i);
                }
            }
        }
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (below 100). */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n < 20 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
