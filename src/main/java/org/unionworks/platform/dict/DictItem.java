package org.unionworks.platform.dict;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "dict_item")
class DictItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String typeCode;
    private String code;
    private String label;
    private String parentCode;
    private String synonyms;
    private int sortOrder;
    private boolean enabled = true;
    @Version
    private Long version;

    protected DictItem() {
    }

    DictItem(String typeCode, String code, String label, String parentCode, int sortOrder) {
        this.typeCode = typeCode;
        this.code = code;
        this.label = label;
        this.parentCode = parentCode;
        this.sortOrder = sortOrder;
    }

    void relabel(String label, String synonyms, int sortOrder, boolean enabled) {
        this.synonyms = synonyms;
        this.label = label;
        this.sortOrder = sortOrder;
        this.enabled = enabled;
    }

    Long getId() { return id; }
    String getTypeCode() { return typeCode; }
    String getCode() { return code; }
    String getLabel() { return label; }
    String getParentCode() { return parentCode; }
    String getSynonyms() { return synonyms; }
    int getSortOrder() { return sortOrder; }
    boolean isEnabled() { return enabled; }
    Long getVersion() { return version; }
}
