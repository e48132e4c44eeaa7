package org.unionworks.member;

/** 会籍状态. 在会 and 保留会籍 are current memberships; the others ended it. */
enum MemberStatus {
    ACTIVE("在会"), RESERVED("保留会籍"), TRANSFERRED("转出"), WITHDRAWN("退会"), EXPELLED("除名");

    final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    boolean current() {
        return this == ACTIVE || this == RESERVED;
    }
}
