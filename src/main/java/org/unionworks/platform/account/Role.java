package org.unionworks.platform.account;

import java.util.HashSet;
import java.util.Set;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A named set of permissions. Roles are shared by the whole deployment; the union decides the rows. */
@Entity
@Table(name = "app_role")
class Role extends Versioned {

    static final String SYS_ADMIN = "SYS_ADMIN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String description;
    private boolean builtin;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    protected Role() {
    }

    Role(String code, String name, String description, Set<String> permissions) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.permissions = new HashSet<>(permissions);
    }


    void update(String name, String description, Set<String> permissions) {
        this.name = name;
        this.description = description;
        this.permissions = new HashSet<>(permissions);
        touch();
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getName() { return name; }
    String getDescription() { return description; }
    boolean isBuiltin() { return builtin; }
    Set<String> getPermissions() { return permissions; }
}
