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
}
