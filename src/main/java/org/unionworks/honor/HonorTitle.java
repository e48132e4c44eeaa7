package org.unionworks.honor;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A title in the catalogue (全国劳动模范, 省五一劳动奖章 …): deployment-wide reference data. */
@Entity
@Table(name = "honor_title")
class HonorTitle extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String level;
    private String kind;
    private String awardingBody;
    private boolean enabled = true;
    /** The union whose own title this is (县五一劳动奖章), for its subtree; null: the deployment-wide catalogue. */
    private Long conferredBy;
    private long catalogueKey;

    protected HonorTitle() {
    }

    HonorTitle(String name, String level, String kind, String awardingBody, Long conferredBy) {
        this.name = name;
        this.level = level;
        this.kind = kind;
        this.awardingBody = awardingBody;
        this.conferredBy = conferredBy;
        this.catalogueKey = conferredBy == null ? 0 : conferredBy;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getLevel() { return level; }
    String getKind() { return kind; }
    String getAwardingBody() { return awardingBody; }
    boolean isEnabled() { return enabled; }
    Long getConferredBy() { return conferredBy; }
}
