package org.unionworks.platform.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word templates for every module (the work report, the nomination form): finds and fills
 * {{placeholders}} in every paragraph of a document (body, tables, headers, footers).
 * Word often splits a placeholder over several runs; such a paragraph is rewritten into its first
 * run, which keeps that run's formatting.
 */
public final class WordTemplates {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    /**
     * An optional clause, {@code [[…]]}: kept (without its brackets) when a placeholder in it has a value
     * other than nothing ({@code 0}, {@code 0.00}, {@code —}), left out otherwise, so a report never says 「惠及0户」.
     * A list clause {@code [[prefix|item|item|…|suffix]]} keeps the items that have something, joined
     * with 、, between its prefix and suffix, and is left out when none does:
     * {@code [[，其中|金秋助学{{…}}万元|送温暖{{…}}万元|]]}.
     * Clauses nest, the inner decided first, so that a sentence drops its parts of nothing and keeps the rest:
     * {@code [[开展经费审查{{…}}项[[，发现问题{{…}}个]]。]]}; a clause whose figures were all in inner clauses left
     * out is left out too.
     */
    public static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]");

    private WordTemplates() {
    }

    public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc.getBodyElements(), all);
        doc.getHeaderList().forEach(h -> collect(h.getBodyElements(), all));
        doc.getFooterList().forEach(f -> collect(f.getBodyElements(), all));
        return all;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    /** Every placeholder the document uses. */
    public static Set<String> placeholders(XWPFDocument doc) {
        Set<String> found = new TreeSet<>();
        paragraphs(doc).forEach(p -> found.addAll(in(p.getText())));
        return found;
    }

    public static void fill(XWPFDocument doc, Map<String, String> values) {
        for (XWPFParagraph p : paragraphs(doc)) {
            if (OPTIONAL.matcher(p.getText()).find()) {
                fillOptional(p, values);
                continue;
            }
            if (!PLACEHOLDER.matcher(p.getText()).find()) {
                continue;
            }
            boolean inSingleRuns = true;
            for (XWPFRun run : p.getRuns()) {
                String text = run.getText(0);
                if (text != null && PLACEHOLDER.matcher(text).find()) {
                    run.setText(replace(text, values), 0);
                }
            }
            if (PLACEHOLDER.matcher(p.getText()).find()) {
                inSingleRuns = false;
            }
            if (!inSingleRuns) {
                String whole = replace(p.getText(), values);
                List<XWPFRun> runs = p.getRuns();
                runs.get(0).setText(whole, 0);
                for (int i = runs.size() - 1; i > 0; i--) {
                    p.removeRun(i);
                }
            }
        }
    }

    /** A paragraph with optional clauses, rewritten into its first run (a paragraph left empty is emptied). */
    private static void fillOptional(XWPFParagraph p, Map<String, String> values) {
        String filled = replace(OptionalClauses.decide(p.getText(), values), values);
        List<XWPFRun> runs = p.getRuns();
        runs.get(0).setText(filled.isBlank() ? "" : filled, 0);
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
    }

    /** The paragraphs (their first 40 characters) whose {@code [[} and {@code ]]} do not pair up. */
    public static List<String> unpairedClauses(XWPFDocument doc) {
        List<String> unpaired = new ArrayList<>();
        for (XWPFParagraph p : paragraphs(doc)) {
            String text = p.getText();
            if (!OptionalClauses.paired(text)) {
                unpaired.add(text.length() > 40 ? text.substring(0, 40) + "…" : text);
            }
        }
        return unpaired;
    }

    public static String replace(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every placeholder in a text. */
    public static Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
