package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 慰问标准: what a union gives per person in a kind of programme to a category of recipient, in cash and in goods,
 * from a day until the next standard of the same kind and category (so 300 元 → 500 元 stays on record).
 */
@Entity
@Table(name = "programme_standard")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class ProgrammeStandard extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String kind;
    private String category;
    private BigDecimal cashPerPerson;
    private BigDecimal goodsPerPerson;
    private String goods;
    private LocalDate effectiveFrom;
    private String note;

    protected ProgrammeStandard() {
    }

    ProgrammeStandard(long unionId) {
        this.unionId = unionId;
    }

    void set(String kind, String category, BigDecimal cash, BigDecimal goodsValue, String goods, LocalDate effectiveFrom, String note) {
        this.kind = kind;
        this.category = category;
        this.cashPerPerson = cash;
        this.goodsPerPerson = goodsValue;
        this.goods = goods;
        this.effectiveFrom = effectiveFrom;
        this.note = note;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getKind() { return kind; }
    String getCategory() { return category; }
    BigDecimal getCashPerPerson() { return cashPerPerson; }
    BigDecimal getGoodsPerPerson() { return goodsPerPerson; }
    String getGoods() { return goods; }
    LocalDate getEffectiveFrom() { return effectiveFrom; }
    String getNote() { return note; }
}
