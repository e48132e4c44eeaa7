package org.unionworks.craft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.craft.web.CraftViews;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.validation.IdNumbers;

/** A contest's items, units and entrants as the API shows them. */
@Component
class ContestViews {

    private final ContestItemRepository items;
    private final ContestUnitRepository units;
    private final ContestEntrantRepository entrants;
    private final Dictionaries dictionaries;
    private final JdbcClient jdbc;

    ContestViews(ContestItemRepository items, ContestUnitRepository units, ContestEntrantRepository entrants,
                 Dictionaries dictionaries, JdbcClient jdbc) {
        this.items = items;
        this.units = units;
        this.entrants = entrants;
        this.dictionaries = dictionaries;
        this.jdbc = jdbc;
    }

    List<CraftViews.Item> items(long contestId) {
        Map<Long, Long> counts = countBy("item_id", contestId);
        return items.findByContestIdOrderById(contestId).stream().map(i -> item(i, counts.getOrDefault(i.getId(), 0L))).toList();
    }

    CraftViews.Item item(ContestItem i, long entrantCount) {
        return new CraftViews.Item(i.getId(), i.getName(), i.getOccupation(), i.getGrade(), entrantCount, i.getVersion());
    }

    List<CraftViews.Unit> units(long contestId) {
        Map<Long, Long> counts = countBy("unit_id", contestId);
        return units.findByContestIdOrderById(contestId).stream().map(u -> unit(u, counts.getOrDefault(u.getId(), 0L))).toList();
    }

    CraftViews.Unit unit(ContestUnit u, long listed) {
        return new CraftViews.Unit(u.getId(), u.getName(), u.getEmployerId(), u.getUnionId(), u.getEntrants(), listed, u.getVersion());
    }

    /** Names of a contest's items and units by id, for a page of entrants. */
    Names names(long contestId) {
        Map<Long, String> itemNames = new HashMap<>();
        items.findByContestIdOrderById(contestId).forEach(i -> itemNames.put(i.getId(), i.getName()));
        Map<Long, String> unitNames = new HashMap<>();
        units.findByContestIdOrderById(contestId).forEach(u -> unitNames.put(u.getId(), u.getName()));
        return new Names(itemNames, unitNames);
    }

    record Names(Map<Long, String> items, Map<Long, String> units) {
    }

    CraftViews.Entrant entrant(ContestEntrant e, Names names) {
        return new CraftViews.Entrant(e.getId(), e.getItemId(), names.items().get(e.getItemId()), e.getUnitId(),
                e.getUnitId() == null ? null : names.units().get(e.getUnitId()), e.getName(), IdNumbers.mask(e.getIdNumber()), e.getSex(),
                e.getEmployerName(), e.getPost(), e.getStage().name(), e.getScore(), e.getRanking(), e.getPrizeTier(), e.getTitle(),
                e.getGradeUpgrade(), e.getHonorAwardId(), e.getNominationId(), e.getVersion());
    }

    /** The finalists with a prize or a title, by item and rank, as the public notice shows them. */
    List<CraftViews.PublicWinner> winners(long contestId) {
        Names names = names(contestId);
        return entrants.findByContestIdAndStageOrderByItemIdAscRankingAsc(contestId, ContestStage.FINAL).stream()
                .filter(e -> e.getPrizeTier() != null || e.getTitle() != null)
                .map(e -> new CraftViews.PublicWinner(names.items().get(e.getItemId()), e.getName(), e.getEmployerName(), e.getRanking(),
                        e.getPrizeTier() == null ? null : dictionaries.label("prize_tier", e.getPrizeTier()).orElse(e.getPrizeTier()),
                        e.getTitle()))
                .toList();
    }

    private Map<Long, Long> countBy(String column, long contestId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select " + column + ", count(*) from contest_entrant where contest_id = :c and " + column + " is not null group by " + column)
                .param("c", contestId).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }
}
