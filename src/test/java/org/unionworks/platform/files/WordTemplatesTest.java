package org.unionworks.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class WordTemplatesTest {

    private static String filled(String paragraph, Map<String, String> values) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(paragraph);
            WordTemplates.fill(doc, values);
            return doc.getParagraphs().get(0).getText();
        }
    }

    @Test
    void aClauseWhoseAmountIsNothingIsLeftOutLikeOneOfZero() throws Exception {
        String paragraph = "[[挽回经济损失{{a}}万元。]][[帮扶{{b}}人。]][[走访{{c}}次。]]";
        assertThat(filled(paragraph, Map.of("a", "0.00", "b", "3", "c", "0"))).isEqualTo("帮扶3人。");
        assertThat(filled(paragraph, Map.of("a", "0.01", "b", "—", "c", "10"))).isEqualTo("挽回经济损失0.01万元。走访10次。");
    }

    @Test
    void aListClauseKeepsTheItemsWithSomething() throws Exception {
        assertThat(filled("[[其中|生活{{a}}万元|医疗{{b}}万元|。]]", Map.of("a", "0.00", "b", "1.00"))).isEqualTo("其中医疗1.00万元。");
        assertThat(filled("[[其中|生活{{a}}万元|医疗{{b}}万元|。]]", Map.of("a", "0.00", "b", "0"))).isEmpty();
    }

    @Test
    void aNestedClauseOfNothingLeavesTheSentenceItIsPartOf() throws Exception {
        String audits = "[[开展经费审查{{a}}项[[，发现问题{{b}}个[[，涉及金额{{c}}万元]]]]。]]";
        assertThat(filled(audits, Map.of("a", "2", "b", "0", "c", "0.00"))).isEqualTo("开展经费审查2项。");
        assertThat(filled(audits, Map.of("a", "2", "b", "4", "c", "0.00"))).isEqualTo("开展经费审查2项，发现问题4个。");
        assertThat(filled(audits, Map.of("a", "2", "b", "4", "c", "11.10"))).isEqualTo("开展经费审查2项，发现问题4个，涉及金额11.10万元。");
        assertThat(filled(audits, Map.of("a", "0", "b", "0", "c", "0.00"))).isEmpty();
    }

    @Test
    void aClauseWhoseFiguresAreAllInInnerClausesLeftOutIsLeftOut() throws Exception {
        String research = "[[深入开展大调研[[，走访企业{{a}}家]][[，找准{{b}}个堵点问题]]。]]";
        assertThat(filled(research, Map.of("a", "48", "b", "0"))).isEqualTo("深入开展大调研，走访企业48家。");
        assertThat(filled(research, Map.of("a", "0", "b", "3"))).isEqualTo("深入开展大调研，找准3个堵点问题。");
        assertThat(filled(research, Map.of("a", "0", "b", "0"))).isEmpty();
        assertThat(filled("[[说明。]]", Map.of())).as("a clause without figures is said, as before").isEqualTo("说明。");
    }

    @Test
    void aListClauseNestsAndNestsInAClause() throws Exception {
        String elected = "[[选举产生委员{{a}}名[[，其中|女委员{{b}}名|一线职工{{c}}名[[（{{d}}名在岗）]]|]]。]]";
        assertThat(filled(elected, Map.of("a", "18", "b", "0", "c", "10", "d", "0"))).isEqualTo("选举产生委员18名，其中一线职工10名。");
        assertThat(filled(elected, Map.of("a", "18", "b", "9", "c", "10", "d", "7")))
                .isEqualTo("选举产生委员18名，其中女委员9名、一线职工10名（7名在岗）。");
        assertThat(filled(elected, Map.of("a", "18", "b", "0", "c", "0", "d", "0"))).isEqualTo("选举产生委员18名。");
        assertThat(filled("[[未闭合{{a}}", Map.of("a", "1"))).as("an unclosed clause is left as written").isEqualTo("[[未闭合1");
        assertThat(filled("[[未闭合{{a}}[[乙{{b}}]][[丙{{c}}]]", Map.of("a", "1", "b", "0", "c", "2")))
                .as("the clauses after an unclosed one are still decided").isEqualTo("[[未闭合1丙2");
    }

    @Test
    void unpairedBracketsAreFoundParagraphByParagraph() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("[[甲[[乙]]丙]]");
            doc.createParagraph().createRun().setText("[[甲[[乙]]丙");
            doc.createParagraph().createRun().setText("甲]]乙[[");
            doc.createParagraph().createRun().setText("没有括号");
            assertThat(WordTemplates.unpairedClauses(doc)).containsExactly("[[甲[[乙]]丙", "甲]]乙[[");
        }
    }
}
