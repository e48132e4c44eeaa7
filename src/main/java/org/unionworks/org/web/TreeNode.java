package org.unionworks.org.web;

public record TreeNode(long id, String name, String orgType, String status, boolean hasChildren) {
}
