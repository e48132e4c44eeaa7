package org.unionworks.statistics;

import java.util.List;
import java.util.Optional;

import org.unionworks.org.CensusQuestion;

/** One edition of a form (基层工会调查表 or 基层以上工会调查表): its cells in order and its consistency checks. */
record AnnualForm(long id, Level level, int edition, String name, String basis, List<Cell> cells, List<FormCheck> checks) {

    enum Level { GRASSROOTS, FEDERATION }

    /** Where a cell's value comes from. */
    enum Source {
        /** A figure of the catalogue for the union's subtree over the statistical year: changed by correcting records. */
        FIGURE,
        /** What the system cannot know: asked of the union, answered on the form or by import. */
        QUESTION,
        /** The sum of the same cell over the approved returns one level down. */
        SUM
    }

    /** {@code answer}: how a QUESTION cell is answered (and how a sum of answers reads). */
    record Cell(String code, String section, String label, String unit, Source source, String figureKey, CensusQuestion.Kind answer,
                String definition) {

        /** The cell asked as a question (on the form, by import, or in a census). */
        CensusQuestion question() {
            return new CensusQuestion(code, label, unit, answer, definition);
        }
    }

    record FormCheck(String code, CheckRule rule, boolean blocking, String message) {
    }

    Optional<Cell> cell(String code) {
        return cells.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    List<Cell> questions() {
        return cells.stream().filter(c -> c.source() == Source.QUESTION).toList();
    }

    List<Cell> figureCells() {
        return cells.stream().filter(c -> c.source() == Source.FIGURE).toList();
    }
}
