package org.unionworks.craft;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An employer that ran internal title (技术职称) or skill-grade (技能等级) evaluation in a year, or an industry association
 * that ran it for its trade (an employer of the register of type 社会团体); a 示范单位 when named so.
 */
@Entity
@Table(name = "employer_evaluation")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class EmployerEvaluation extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private long employerId;
    private int evalYear;
    private String kind;
    private String evaluator;
    private Integer evaluated;
    private boolean demonstration;

    protected EmployerEvaluation() {
    }

    EmployerEvaluation(long unionId, long employerId, int evalYear, String kind, boolean association) {
        this.evaluator = association ? "ASSOCIATION" : "ENTERPRISE";
        this.unionId = unionId;
        this.employerId = employerId;
        this.evalYear = evalYear;
        this.kind = kind;
    }

    void record(Integer evaluated, boolean demonstration) {
        this.evaluated = evaluated;
        this.demonstration = demonstration;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    long getEmployerId() { return employerId; }
    int getEvalYear() { return evalYear; }
    String getKind() { return kind; }
    boolean isAssociation() { return "ASSOCIATION".equals(evaluator); }
    Integer getEvaluated() { return evaluated; }
    boolean isDemonstration() { return demonstration; }
}
