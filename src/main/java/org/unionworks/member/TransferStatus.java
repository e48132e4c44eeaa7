package org.unionworks.member;

/** 待接收 → 已接收, 已退回 (by the receiving union) or 已撤回 (by the sending one). */
enum TransferStatus {
    PENDING, ACCEPTED, REJECTED, CANCELLED
}
