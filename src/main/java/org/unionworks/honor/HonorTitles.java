package org.unionworks.honor;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.OrgTree;

/**
 * Which titles apply where: the deployment-wide catalogue everywhere, a union's own title (县五一劳动奖章)
 * within its subtree. A user sees the titles that apply to its union and those its subtree confers.
 */
@Component
class HonorTitles {

    private final HonorTitleRepository titles;
    private final OrgTree orgTree;

    HonorTitles(HonorTitleRepository titles, OrgTree orgTree) {
        this.titles = titles;
        this.orgTree = orgTree;
    }

    /** The title may be conferred on someone of this union: deployment-wide, or conferred by the union or one above it. */
    boolean appliesTo(HonorTitle t, long unionId) {
        return t.getConferredBy() == null || path(unionId).startsWith(path(t.getConferredBy()));
    }

    /** The titles a user of this union works with, in catalogue order. */
    List<HonorTitle> seenFrom(long unionId) {
        String mine = path(unionId);
        return all().stream()
                .filter(t -> t.getConferredBy() == null || mine.startsWith(path(t.getConferredBy()))
                        || path(t.getConferredBy()).startsWith(mine))
                .toList();
    }

    /** Every title of every catalogue, for a caller that looks up many names (an import reads it once). */
    List<HonorTitle> all() {
        return titles.findAllByOrderByLevelAscIdAsc();
    }

    /** The title of this name among {@code all} that applies to the union: its own or an upper union's before the catalogue's. */
    java.util.Optional<HonorTitle> named(List<HonorTitle> all, String name, long unionId) {
        return all.stream().filter(t -> t.getName().equals(name) && appliesTo(t, unionId))
                .max(java.util.Comparator.comparingInt(t -> t.getConferredBy() == null ? 0 : path(t.getConferredBy()).length()));
    }

    String conferrerName(HonorTitle t) {
        return t.getConferredBy() == null ? null : orgTree.nameOf(t.getConferredBy()).orElse(null);
    }

    private String path(long unionId) {
        return orgTree.pathOf(unionId).orElse("/none/");
    }
}
