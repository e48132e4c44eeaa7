package org.unionworks.honor;

import java.util.Optional;

/** What other modules may do in 劳模库: find an individual title of the catalogue and confer it on a person. */
public interface HonorRegistry {

    /** The name of a person in 劳模库 the caller may see. */
    Optional<String> honoreeName(long honoreeId);

    /** The enabled individual title of the catalogue with this exact name, if any. */
    Optional<Long> individualTitle(String name);

    /**
     * Confers a title on the person with this ID number: the honoree with that number (whatever union keeps
     * them) or a new one in {@code unionId}; the same title and year twice is the same honor. Returns its id.
     */
    long confer(Conferral c);

    /**
     * 推荐: puts a person forward in a selection campaign open for nominations (e.g. a contest's first prize for a
     * 五一劳动奖章), by the same rules as a nomination made in 评选推荐; returns the nomination's id.
     */
    long nominate(Candidate c);

    /** A person put forward by {@code unionId} for {@code titleId} in campaign {@code campaignId}. */
    record Candidate(long campaignId, long unionId, long titleId, String name, String idNumber, String employerName, String post,
                     String achievements) {
    }

    /** A title conferred on a person, e.g. 市技术能手 from a contest's published results. */
    record Conferral(long unionId, String name, String idNumber, String employerName, String post, long titleId, int year,
                     String deeds) {
    }
}
