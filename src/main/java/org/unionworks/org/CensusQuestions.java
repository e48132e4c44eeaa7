package org.unionworks.org;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A campaign's own questions and the returns' answers to them (census_question, census_answer). */
@Component
class CensusQuestions {

    private final JdbcClient jdbc;

    CensusQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long censusId, List<CensusQuestion> questions) {
        int position = 0;
        for (CensusQuestion q : questions) {
            jdbc.sql("""
                    insert into census_question (census_id, code, position, label, unit, kind, definition)
                    values (:c, :code, :position, :label, :unit, :kind, :definition)""")
                    .param("c", censusId).param("code", q.code()).param("position", position++).param("label", q.label())
                    .param("unit", q.unit()).param("kind", q.kind().name()).param("definition", q.definition()).update();
        }
    }

    List<CensusQuestion> of(long censusId) {
        return jdbc.sql("select code, label, unit, kind, definition from census_question where census_id = :c order by position")
                .param("c", censusId)
                .query((rs, n) -> new CensusQuestion(rs.getString(1), rs.getString(2), rs.getString(3),
                        CensusQuestion.Kind.valueOf(rs.getString(4)), rs.getString(5))).list();
    }

    Map<String, BigDecimal> answers(long returnId) {
        return answers(List.of(returnId)).getOrDefault(returnId, Map.of());
    }

    /** Return id → code → answer, for the returns that have any. */
    Map<Long, Map<String, BigDecimal>> answers(Collection<Long> returnIds) {
        Map<Long, Map<String, BigDecimal>> byReturn = new HashMap<>();
        if (returnIds.isEmpty()) {
            return byReturn;
        }
        jdbc.sql("""
                select a.return_id, a.code, a.val from census_answer a
                  join census_question q on q.census_id = a.census_id and q.code = a.code
                 where a.return_id in (:ids) order by q.position""")
                .param("ids", new ArrayList<>(returnIds))
                .query(rs -> {
                    byReturn.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        return byReturn;
    }

    /** Replaces a return's answers. */
    void answer(long censusId, long returnId, Map<String, BigDecimal> answers) {
        jdbc.sql("delete from census_answer where return_id = :r").param("r", returnId).update();
        answers.forEach((code, v) -> jdbc.sql("insert into census_answer (return_id, census_id, code, val) values (:r, :c, :code, :v)")
                .param("r", returnId).param("c", censusId).param("code", code).param("v", v).update());
    }

    /** What is wrong with answers to the campaign's questions: unknown codes, invalid values, unanswered questions. */
    static List<String> problems(List<CensusQuestion> questions, Map<String, BigDecimal> answers) {
        List<String> problems = new ArrayList<>();
        Map<String, CensusQuestion> byCode = new LinkedHashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        answers.keySet().stream().filter(code -> !byCode.containsKey(code))
                .forEach(code -> problems.add("本次摸底排查没有问题" + code));
        for (CensusQuestion q : questions) {
            BigDecimal v = answers.get(q.code());
            String problem = v == null ? "请回答：" + q.label() : q.problem(v);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }
}
