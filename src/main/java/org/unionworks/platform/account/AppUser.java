package org.unionworks.platform.account;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.audit.Masked;

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

/** An account. It belongs to one union, whose subtree is all its holder can see. */
@Entity
@Table(name = "app_user")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class AppUser extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    @Masked(Masked.Kind.SECRET)
    private String passwordHash;
    private long unionId;
    @Masked(Masked.Kind.PHONE)
    private String phone;
    private boolean enabled = true;
    private boolean mustChangePassword = true;
    @Masked(Masked.Kind.IGNORED)
    private OffsetDateTime lastLoginAt;
    private OffsetDateTime passwordChangedAt;
    @Masked(Masked.Kind.IGNORED)
    private long sessionStamp;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_id")
    private Set<Long> roleIds = new HashSet<>();

    protected AppUser() {
    }

    AppUser(String username, String displayName, long unionId, String phone, String passwordHash, Set<Long> roleIds) {
        this.username = username;
        this.displayName = displayName;
        this.unionId = unionId;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.roleIds = new HashSet<>(roleIds);
    }


    void loginSucceeded(OffsetDateTime now) {
        lastLoginAt = now;
    }

    void changePassword(String newHash, OffsetDateTime now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = false;
        endSessions();
    }

    /** A password set by an administrator must be replaced at the next login. */
    void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        endSessions();
    }

    void update(String displayName, String phone, long unionId, Set<Long> roleIds, boolean enabled) {
        if (this.unionId != unionId || !this.roleIds.equals(roleIds) || this.enabled && !enabled) {
            endSessions();
        }
        this.displayName = displayName;
        this.phone = phone;
        this.unionId = unionId;
        this.roleIds = new HashSet<>(roleIds);
        this.enabled = enabled;
    }

    void disable() {
        enabled = false;
        endSessions();
    }

    /** Every open session of the account ends at its next request (see SessionGuard). */
    void endSessions() {
        sessionStamp++;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    long getUnionId() { return unionId; }
    String getPhone() { return phone; }
    boolean isEnabled() { return enabled; }
    boolean isMustChangePassword() { return mustChangePassword; }
    OffsetDateTime getLastLoginAt() { return lastLoginAt; }
    Set<Long> getRoleIds() { return roleIds; }
    long getSessionStamp() { return sessionStamp; }
}
